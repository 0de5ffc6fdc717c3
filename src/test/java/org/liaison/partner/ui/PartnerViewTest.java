package org.liaison.partner.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import org.liaison.partner.OrganisationType;
import org.liaison.partner.PartnerForm;
import org.liaison.partner.PartnerService;
import org.liaison.partner.PartnerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithMockUser(username = "manager", roles = { "STAFF", "MANAGER" })
class PartnerViewTest extends SpringBrowserlessTest {

	@Autowired
	private PartnerService partners;

	@Test
	void aManagerMergesAPossibleDuplicateIntoThisPartner() {
		var merged = this.partners.create(new PartnerForm("Fictional Bay Museum", null, List.of("FBM"), List.of(),
				List.of(), OrganisationType.OTHER, null, null, null, null, PartnerStatus.ACTIVE, null, Set.of(), null));
		var survivor = this.partners.create(new PartnerForm("FBM Trust", null, List.of("FBM"), List.of(), List.of(),
				OrganisationType.OTHER, null, null, null, null, PartnerStatus.ACTIVE, null, Set.of(), null));
		navigate(PartnerView.class, survivor.id());
		assertThat($(RouterLink.class, $(Div.class).id("possible-duplicates")).all()).extracting(RouterLink::getText)
			.contains("Fictional Bay Museum");

		test($(Button.class).withText("Merge into this one").single()).click();
		assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("Merge the two partners?");
		test($(Button.class).id("confirm-merge")).click();

		assertThat($(Div.class).withId("possible-duplicates").exists()).isFalse();
		assertThat($(Paragraph.class, $(Div.class).id("merge-history")).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).startsWith("Fictional Bay Museum, merged by manager"));
	}

}
