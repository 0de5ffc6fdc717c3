package org.liaison.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.domain.Organisation;
import org.liaison.partner.domain.OrganisationRepository;
import org.liaison.partner.domain.Person;
import org.liaison.partner.domain.PersonRepository;
import org.liaison.partner.domain.Position;
import org.liaison.shared.BusinessRuleException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding, creating and changing the people at partner organisations, and the titles they
 * hold when.
 */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class PersonService {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,30}");

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final Clock clock;

	PersonService(PersonRepository people, OrganisationRepository organisations, Clock clock) {
		this.people = people;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Slice<PersonSummary> search(@Nullable String text, Pageable pageable) {
		var normalised = (text == null) ? "" : Names.normalise(text).replace("\\", "\\\\").replace("%", "\\%");
		var page = this.people.search(normalised, pageable);
		var names = organisationNames(page.getContent());
		return page.map((person) -> summary(person, names));
	}

	@Transactional(readOnly = true)
	public PersonDetails get(long id) {
		return details(load(id));
	}

	/** The titles the person held on a date, e.g. the date of a meeting. */
	@Transactional(readOnly = true)
	public List<HeldTitle> titlesOn(long personId, LocalDate date) {
		var person = load(personId);
		var names = organisationNames(List.of(person));
		return person.positionsOn(date).stream().map((position) -> held(position, names)).toList();
	}

	/**
	 * The people who hold or held a position at an organisation, with their current
	 * titles.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> atOrganisation(long organisationId) {
		var people = this.people.findByOrganisation(organisationId);
		var names = organisationNames(people);
		return people.stream().map((person) -> summary(person, names)).toList();
	}

	@Transactional(readOnly = true)
	public List<DuplicateCandidate> likelyDuplicates(PersonForm form, @Nullable Long exceptId) {
		var keys = PersonMatchKeys.of(form);
		return this.people.findByAnyMatchKey(keys)
			.stream()
			.filter((person) -> !person.getId().equals(exceptId))
			.map((person) -> new DuplicateCandidate(person.getId(), person.getLatinName(), person.toForm().allNames()))
			.toList();
	}

	public PersonDetails create(PersonForm form) {
		validate(form);
		return details(this.people.saveAndFlush(new Person(form, this.clock.instant())));
	}

	public PersonDetails update(long id, long expectedVersion, PersonForm form) {
		var person = load(id);
		if (person.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Person.class, id);
		}
		validate(form);
		person.describe(form, this.clock.instant());
		return details(this.people.saveAndFlush(person));
	}

	private void validate(PersonForm form) {
		if (form.latinName().isBlank()) {
			throw new BusinessRuleException("person.error.name-required");
		}
		if (form.latinName().strip().length() > 200
				|| (form.chineseName() != null && form.chineseName().strip().length() > 100)) {
			throw new BusinessRuleException("person.error.name-too-long");
		}
		if (form.notes() != null && form.notes().strip().length() > 4000) {
			throw new BusinessRuleException("partner.error.notes-too-long");
		}
		if (form.email() != null && !form.email().isBlank()
				&& (form.email().strip().length() > 254 || !EMAIL.matcher(form.email().strip()).matches())) {
			throw new BusinessRuleException("person.error.email-invalid");
		}
		if (form.phone() != null && !form.phone().isBlank() && !PHONE.matcher(form.phone().strip()).matches()) {
			throw new BusinessRuleException("person.error.phone-invalid");
		}
		for (var position : form.positions()) {
			if (position.title().isBlank()) {
				throw new BusinessRuleException("person.error.title-required");
			}
			if (position.title().strip().length() > 300) {
				throw new BusinessRuleException("person.error.title-too-long");
			}
			if (position.startDate() != null && position.endDate() != null
					&& position.endDate().isBefore(position.startDate())) {
				throw new BusinessRuleException("person.error.end-before-start");
			}
			if (!this.organisations.existsById(position.organisationId())) {
				throw new BusinessRuleException("partner.error.not-found");
			}
		}
	}

	private Person load(long id) {
		return this.people.findById(id).orElseThrow(() -> new BusinessRuleException("person.error.not-found"));
	}

	private PersonDetails details(Person person) {
		var names = organisationNames(List.of(person));
		var today = LocalDate.now(this.clock);
		return new PersonDetails(summary(person, names), person.toForm(),
				person.positionHistory(today).stream().map((position) -> held(position, names)).toList());
	}

	private PersonSummary summary(Person person, Map<Long, String> organisationNames) {
		var today = LocalDate.now(this.clock);
		var current = person.positionHistory(today)
			.stream()
			.filter((position) -> position.isCurrent(today))
			.map((position) -> held(position, organisationNames))
			.toList();
		return new PersonSummary(person.getId(), person.getVersion(), person.getLatinName(), person.getChineseName(),
				current);
	}

	private HeldTitle held(Position position, Map<Long, String> organisationNames) {
		return new HeldTitle(position.getTitle(), position.getOrganisationId(),
				organisationNames.getOrDefault(position.getOrganisationId(), "?"), position.getStartDate(),
				position.getEndDate(), position.isCurrent(LocalDate.now(this.clock)));
	}

	/** The names of every organisation the people hold positions at, in one query. */
	private Map<Long, String> organisationNames(List<Person> people) {
		var ids = people.stream()
			.flatMap((person) -> person.toForm().positions().stream())
			.map(PositionForm::organisationId)
			.collect(Collectors.toSet());
		return this.organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getEnglishName, (a, b) -> a));
	}

}
