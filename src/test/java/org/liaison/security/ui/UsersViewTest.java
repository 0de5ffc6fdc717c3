package org.liaison.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import org.liaison.security.Role;
import org.liaison.security.UserSummary;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithMockUser(username = "admin", roles = { "STAFF", "MANAGER", "ADMIN" })
class UsersViewTest extends SpringBrowserlessTest {

	@Test
	void listsTheAccounts() {
		navigate(UsersView.class);
		@SuppressWarnings("unchecked")
		Grid<UserSummary> grid = $(Grid.class).single();
		assertThat(usernames(grid)).contains("admin", "manager", "staff");
	}

	@Test
	void createsAUserThroughTheDialog() {
		navigate(UsersView.class);
		test($(Button.class).id("new-user")).click();
		fill("view.new", "View New", Role.MANAGER, "velvet river compass 9");
		test($(Button.class).id("save-user")).click();

		@SuppressWarnings("unchecked")
		Grid<UserSummary> grid = $(Grid.class).single();
		assertThat(usernames(grid)).contains("view.new");
		assertThat($(TextField.class).withId("username").exists()).as("dialog closed").isFalse();
	}

	@Test
	void aWeakPasswordIsShownOnTheFieldAndNothingIsSaved() {
		navigate(UsersView.class);
		test($(Button.class).id("new-user")).click();
		fill("view.weak", "View Weak", Role.STAFF, "password1234");
		test($(Button.class).id("save-user")).click();

		var password = $(PasswordField.class).id("password");
		assertThat(password.isInvalid()).isTrue();
		assertThat(password.getErrorMessage()).contains("too common");
		test($(Button.class).withText("Cancel").last()).click();
		@SuppressWarnings("unchecked")
		Grid<UserSummary> grid = $(Grid.class).single();
		assertThat(usernames(grid)).doesNotContain("view.weak");
	}

	@Test
	void aTakenUsernameIsShownOnTheField() {
		navigate(UsersView.class);
		test($(Button.class).id("new-user")).click();
		fill("Staff", "Another Staff", Role.STAFF, "velvet river compass 9");
		test($(Button.class).id("save-user")).click();

		var username = $(TextField.class).id("username");
		assertThat(username.isInvalid()).isTrue();
		assertThat(username.getErrorMessage()).contains("already taken");
	}

	@Test
	void disablesAnAccountAfterConfirmation() {
		navigate(UsersView.class);
		test($(Button.class).id("new-user")).click();
		fill("view.off", "View Off", Role.STAFF, "velvet river compass 9");
		test($(Button.class).id("save-user")).click();

		@SuppressWarnings("unchecked")
		Grid<UserSummary> grid = $(Grid.class).single();
		var row = rowOf(grid, "view.off");
		var disable = $(Button.class, test(grid).getCellComponent(row, 5)).withText("Disable").single();
		test(disable).click();
		var confirm = test($(ConfirmDialog.class).single());
		assertThat(confirm.getHeader()).isEqualTo("Disable view.off?");
		confirm.confirm();
		assertThat(test(grid).getRow(rowOf(grid, "view.off")).enabled()).isFalse();
	}

	private void fill(String username, String name, Role role, String password) {
		test($(TextField.class).id("username")).setValue(username);
		test($(TextField.class).id("display-name")).setValue(name);
		@SuppressWarnings("unchecked")
		Select<Role> roles = $(Select.class).id("role");
		test(roles).selectItem(roles.getItemLabelGenerator().apply(role));
		test($(PasswordField.class).id("password")).setValue(password);
		test($(PasswordField.class).id("password-confirmation")).setValue(password);
	}

	private java.util.List<String> usernames(Grid<UserSummary> grid) {
		var tester = test(grid);
		return java.util.stream.IntStream.range(0, tester.size()).mapToObj((i) -> tester.getRow(i).username()).toList();
	}

	private int rowOf(Grid<UserSummary> grid, String username) {
		return usernames(grid).indexOf(username);
	}

}
