package org.liaison.partner.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import org.liaison.partner.HeldTitle;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerRef;
import org.liaison.partner.PartnerMergeService;
import org.liaison.partner.PartnerService;
import org.liaison.partner.PersonService;
import org.liaison.security.Role;
import org.liaison.shared.BusinessRuleException;
import org.liaison.shared.ui.Fact;
import org.liaison.shared.ui.Notifications;
import org.liaison.shared.ui.UserFacingErrors;
import org.liaison.shared.ui.ViewToolbar;

/**
 * One partner: names in both scripts, profile, sub-organisations; later also people,
 * timeline and evidence.
 */
@Route("partners")
@RolesAllowed(Role.Names.STAFF)
public class PartnerView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

	private final PartnerService partners;

	private final PersonService people;

	private final AuthenticationContext authentication;

	private final PartnerMergeService merges;

	private String title = "";

	public PartnerView(PartnerService partners, PersonService people, PartnerMergeService merges,
			AuthenticationContext authentication) {
		this.partners = partners;
		this.people = people;
		this.merges = merges;
		this.authentication = authentication;
		addClassName("liaison-view");
	}

	@Override
	public void setParameter(BeforeEvent event, Long id) {
		try {
			show(this.partners.get(id));
		}
		catch (BusinessRuleException ex) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void show(PartnerDetails partner) {
		removeAll();
		var summary = partner.summary();
		this.title = summary.englishName();
		var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
				(event) -> new PartnerDialog(this.partners, partner, this::show).open());
		edit.setId("edit-partner");
		var subtitle = (summary.chineseName() != null) ? summary.chineseName() : "";
		add(new ViewToolbar(summary.englishName(), subtitle, edit));
		possibleDuplicates(partner.id());
		var facts = new Div(fact("partner.type", getTranslation(summary.type().labelKey())),
				fact("partner.status", getTranslation(summary.status().labelKey())),
				fact("partner.country",
						(summary.country() != null) ? summary.country().displayName(getLocale()) : null),
				fact("partner.city", summary.city()), fact("partner.owner", partner.ownerName()));
		facts.addClassName("liaison-facts");
		add(facts);
		var form = partner.form();
		var sections = new Div();
		sections.addClassName("liaison-sections");
		add(sections);
		sections.add(section("partner.section.names", fact("partner.abbreviations", joined(form.abbreviations())),
				fact("partner.aliases", joined(form.aliases())),
				fact("partner.former-names", joined(form.formerNames()))));
		var profile = section("partner.section.profile", website(form.website()),
				fact("partner.tags", joined(List.copyOf(form.tags()))), fact("partner.notes", form.notes()));
		if (partner.parent() != null) {
			profile.add(link("partner.parent", partner.parent()));
		}
		sections.add(profile);
		var children = section("partner.section.sub-organisations");
		if (partner.subOrganisations().isEmpty()) {
			children.add(new Paragraph(getTranslation("partner.none")));
		}
		partner.subOrganisations().forEach((child) -> children.add(new Div(partnerLink(child))));
		sections.add(children);
		sections.add(people(partner.id()));
		var history = this.merges.mergesInto(partner.id());
		if (!history.isEmpty()) {
			var dates = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
				.withLocale(getLocale())
				.withZone(java.time.ZoneId.systemDefault());
			var merged = section("merge.history");
			merged.setId("merge-history");
			history.forEach((merge) -> merged.add(new Paragraph(getTranslation("merge.history.entry",
					merge.mergedName(), merge.mergedBy(), dates.format(merge.mergedAt())))));
			sections.add(merged);
		}
		sections
			.add(section("partner.section.cooperation", new Paragraph(getTranslation("partner.cooperation.empty"))));
	}

	/**
	 * Partners that look like this one: a warning with links, and for managers a way to
	 * say they are not the same.
	 */
	private void possibleDuplicates(long id) {
		var candidates = this.partners.likelyDuplicatesOf(id);
		if (candidates.isEmpty()) {
			return;
		}
		var warning = new Div(new Span(getTranslation("partner.duplicates.possible")));
		warning.addClassName("liaison-warning");
		warning.setId("possible-duplicates");
		for (var candidate : candidates) {
			var line = new Div(new RouterLink(candidate.name(), PartnerView.class, candidate.id()));
			if (this.authentication.hasRole(Role.Names.MANAGER)) {
				var dismiss = new Button(getTranslation("partner.duplicates.dismiss"), (event) -> {
					this.partners.dismissDuplicate(id, candidate.id());
					show(this.partners.get(id));
				});
				dismiss.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
						com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
				dismiss.getElement().setAttribute("data-candidate", String.valueOf(candidate.id()));
				var merge = new Button(getTranslation("merge.into-this"), (event) -> confirmMerge(id, candidate));
				merge.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
				merge.getElement().setAttribute("data-merge", String.valueOf(candidate.id()));
				line.add(dismiss, merge);
			}
			warning.add(line);
		}
		add(warning);
	}

	private void confirmMerge(long survivorId, org.liaison.partner.DuplicateCandidate candidate) {
		var survivor = this.partners.get(survivorId);
		var merged = this.partners.get(candidate.id());
		var dialog = new com.vaadin.flow.component.dialog.Dialog(getTranslation("merge.confirm.title"));
		dialog.add(new Paragraph(getTranslation("merge.confirm.text", merged.summary().englishName(),
				survivor.summary().englishName())));
		dialog.setWidth("min(36rem, 95vw)");
		var confirm = new Button(getTranslation("merge.confirm.action"), (event) -> {
			dialog.close();
			try {
				this.merges.merge(survivor.id(), survivor.version(), merged.id(), merged.version());
				Notifications.success(
						getTranslation("merge.done", merged.summary().englishName(), survivor.summary().englishName()));
				show(this.partners.get(survivorId));
			}
			catch (RuntimeException ex) {
				Notifications.error(UserFacingErrors.messageFor(getUI().orElseThrow(), ex));
			}
		});
		confirm.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
		confirm.setId("confirm-merge");
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), (event) -> dialog.close()), confirm);
		dialog.open();
	}

	/** The people with a current position here, and the titles they hold here. */
	private Div people(long organisationId) {
		var section = section("partner.section.people");
		section.setId("partner-people");
		var here = this.people.atOrganisation(organisationId);
		if (here.isEmpty()) {
			section.add(new Paragraph(getTranslation("partner.none")));
		}
		for (var person : here) {
			var titles = person.currentTitles()
				.stream()
				.filter((held) -> held.organisationId() == organisationId)
				.map(HeldTitle::title)
				.toList();
			var name = new RouterLink(
					person.latinName() + ((person.chineseName() != null) ? " · " + person.chineseName() : ""),
					PersonView.class, person.id());
			var line = new Div(name, new Span(String.join("; ", titles)));
			line.addClassName("liaison-person-line");
			section.add(line);
		}
		return section;
	}

	private Div section(String titleKey, Component... content) {
		var section = new Div(new H2(getTranslation(titleKey)));
		section.add(content);
		section.addClassName("liaison-card");
		section.setWidthFull();
		return section;
	}

	private Div fact(String labelKey, String value) {
		return Fact.of(getTranslation(labelKey), value);
	}

	private Div website(String website) {
		if (website == null) {
			return fact("partner.website", null);
		}
		var anchor = new Anchor(website, website, AnchorTarget.BLANK);
		anchor.getElement().setAttribute("rel", "noopener noreferrer");
		return Fact.of(getTranslation("partner.website"), anchor);
	}

	private Div link(String labelKey, PartnerRef partner) {
		return Fact.of(getTranslation(labelKey), partnerLink(partner));
	}

	private RouterLink partnerLink(PartnerRef partner) {
		var text = partner.englishName() + ((partner.chineseName() != null) ? " · " + partner.chineseName() : "");
		return new RouterLink(text, PartnerView.class, partner.id());
	}

	private static String joined(List<String> values) {
		return values.isEmpty() ? "—" : String.join(" · ", values);
	}

	@Override
	public String getPageTitle() {
		return this.title + " · " + getTranslation("app.name");
	}

}
