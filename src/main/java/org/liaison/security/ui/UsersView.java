package org.liaison.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import org.liaison.security.Role;
import org.liaison.security.UserAccountService;
import org.liaison.security.UserSummary;
import org.liaison.shared.ui.Notifications;
import org.liaison.shared.ui.UserFacingErrors;
import org.liaison.shared.ui.ViewToolbar;

/** The administration of user accounts: who may log in, with which role. */
@Route("users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.users", icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

	private final UserAccountService users;

	private final Grid<UserSummary> grid = new Grid<>();

	public UsersView(UserAccountService users) {
		this.users = users;
		addClassName("liaison-view");
		setSizeFull();
		var create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
				(event) -> new NewUserDialog(users, this::refresh).open());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.setId("new-user");
		add(new ViewToolbar(getTranslation("users.title"), getTranslation("users.description"), create));
		configureGrid();
		addAndExpand(this.grid);
	}

	private void configureGrid() {
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.addColumn(UserSummary::username)
			.setHeader(getTranslation("users.username"))
			.setSortProperty("username")
			.setAutoWidth(true);
		this.grid.addColumn(UserSummary::displayName)
			.setHeader(getTranslation("users.display-name"))
			.setSortProperty("displayName")
			.setFlexGrow(1);
		this.grid.addColumn((user) -> getTranslation(user.role().labelKey()))
			.setHeader(getTranslation("users.role"))
			.setSortProperty("role")
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true);
		var created = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.grid.addColumn((user) -> created.format(user.createdAt()))
			.setHeader(getTranslation("users.created"))
			.setSortProperty("createdAt")
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
		this.grid.setItems(
				(query) -> this.users.list(VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(sortOr(query)))
					.stream());
	}

	private static org.springframework.data.domain.Sort sortOr(com.vaadin.flow.data.provider.Query<?, ?> query) {
		var sort = VaadinSpringDataHelpers.toSpringDataSort(query);
		return sort.isSorted() ? sort : org.springframework.data.domain.Sort.by("username");
	}

	private Span status(UserSummary user) {
		var badge = new Span(getTranslation(user.enabled() ? "users.status.active" : "users.status.disabled"));
		badge.addClassNames("liaison-badge", user.enabled() ? "liaison-badge-success" : "liaison-badge-muted");
		return badge;
	}

	private Component actions(UserSummary user) {
		var reset = new Button(getTranslation("users.reset-password"),
				(event) -> new ResetPasswordDialog(this.users, user, this::refresh).open());
		reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		var toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"),
				(event) -> confirmToggle(user));
		toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		if (user.enabled()) {
			toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
		}
		reset.getElement().setAttribute("data-user", user.username());
		toggle.getElement().setAttribute("data-user", user.username());
		var actions = new Div(reset, toggle);
		actions.addClassName("liaison-row-actions");
		return actions;
	}

	private void confirmToggle(UserSummary user) {
		var enable = !user.enabled();
		var dialog = new ConfirmDialog();
		dialog.setHeader(
				getTranslation(enable ? "users.enable.confirm.title" : "users.disable.confirm.title", user.username()));
		dialog.setText(getTranslation(enable ? "users.enable.confirm.text" : "users.disable.confirm.text",
				user.displayName()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation(enable ? "users.enable" : "users.disable"));
		if (!enable) {
			dialog.setConfirmButtonTheme("error primary");
		}
		dialog.addConfirmListener((event) -> {
			try {
				this.users.setEnabled(user.id(), user.version(), enable);
				Notifications.success(getTranslation(enable ? "users.enabled" : "users.disabled", user.username()));
			}
			catch (RuntimeException ex) {
				Notifications.error(UserFacingErrors.messageFor(getUI().orElseThrow(), ex));
			}
			refresh();
		});
		dialog.open();
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("users.title") + " · " + getTranslation("app.name");
	}

}
