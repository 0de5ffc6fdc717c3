package org.liaison.partner.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.ColumnMapping;
import org.liaison.partner.ImportField;
import org.liaison.partner.ImportRowCheck;
import org.liaison.partner.ImportTable;
import org.liaison.partner.PartnerImportService;
import org.liaison.partner.spreadsheet.SpreadsheetReader;
import org.liaison.security.Role;
import org.liaison.shared.ui.Notifications;
import org.liaison.shared.ui.UserFacingErrors;
import org.liaison.shared.ui.ViewToolbar;

/**
 * Partners from a spreadsheet: upload a CSV or XLSX file, map its columns, see every row
 * checked, download the report, then import the valid rows or nothing.
 */
@Route("partners/import")
@RolesAllowed(Role.Names.STAFF)
public class PartnerImportView extends VerticalLayout implements HasDynamicTitle {

	private final PartnerImportService imports;

	private final Div step = new Div();

	private @Nullable ImportTable table;

	private ColumnMapping mapping = new ColumnMapping(java.util.Map.of());

	public PartnerImportView(PartnerImportService imports) {
		this.imports = imports;
		addClassName("liaison-view");
		add(new ViewToolbar(getTranslation("import.title"), getTranslation("import.description")));
		var upload = new Upload(UploadHandler.inMemory(
				(metadata, content) -> getUI().ifPresent((ui) -> ui.access(() -> read(metadata.fileName(), content)))));
		upload.setMaxFileSize(SpreadsheetReader.MAX_BYTES);
		upload.setMaxFiles(1);
		upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		upload.addFileRejectedListener((event) -> Notifications.error(getTranslation("import.error.rejected")));
		upload.setId("import-upload");
		add(upload, this.step);
		this.step.setWidthFull();
	}

	/** Opens a file; public so that tests can hand it a file as the upload would. */
	public void read(String fileName, byte[] content) {
		try {
			this.table = this.imports.read(fileName, content);
			this.mapping = ColumnMapping.guess(this.table);
			showMappingAndChecks();
		}
		catch (RuntimeException ex) {
			this.table = null;
			this.step.removeAll();
			Notifications.error(UserFacingErrors.messageFor(UI.getCurrent(), ex));
		}
	}

	private void showMappingAndChecks() {
		var table = this.table;
		this.step.removeAll();
		var mappingForm = new FormLayout();
		mappingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2),
				new FormLayout.ResponsiveStep("40rem", 4));
		var columns = new ArrayList<Integer>();
		for (int i = 0; i < table.headers().size(); i++) {
			columns.add(i);
		}
		for (var field : ImportField.values()) {
			var select = new Select<Integer>();
			select.setLabel(getTranslation(field.labelKey()) + (field.required() ? " *" : ""));
			select.setItems(columns);
			select.setEmptySelectionAllowed(!field.required());
			select.setEmptySelectionCaption(getTranslation("import.column.none"));
			select.setItemLabelGenerator(
					(column) -> (column == null) ? getTranslation("import.column.none") : table.headers().get(column));
			select.setValue(this.mapping.column(field).orElse(null));
			select.setId("map-" + field.name().toLowerCase());
			select.addValueChangeListener((event) -> {
				this.mapping = this.mapping.with(field, event.getValue());
				showMappingAndChecks();
			});
			mappingForm.add(select);
		}
		this.step.add(new H2(getTranslation("import.mapping", table.fileName())), mappingForm);
		if (this.mapping.column(ImportField.ENGLISH_NAME).isEmpty()) {
			this.step.add(new Paragraph(getTranslation("import.mapping.name-required")));
			return;
		}
		showChecks(this.imports.check(table, this.mapping));
	}

	private void showChecks(List<ImportRowCheck> checks) {
		var valid = checks.stream().filter(ImportRowCheck::importable).count();
		var summary = new Paragraph(getTranslation("import.summary", checks.size(), valid, checks.size() - valid));
		summary.setId("import-summary");
		var report = new Anchor(DownloadHandler.fromInputStream((event) -> {
			var bytes = report(checks);
			return new DownloadResponse(new ByteArrayInputStream(bytes), "import-report.csv", "text/csv", bytes.length);
		}), getTranslation("import.report"));
		report.setId("import-report");
		var grid = new Grid<ImportRowCheck>();
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		grid.addColumn(ImportRowCheck::rowNumber).setHeader(getTranslation("import.row")).setAutoWidth(true);
		grid.addColumn(ImportRowCheck::name).setHeader(getTranslation("partner.english-name")).setFlexGrow(2);
		grid.addComponentColumn(this::verdict).setHeader(getTranslation("partner.status")).setAutoWidth(true);
		grid.addColumn(this::messages).setHeader(getTranslation("import.problems")).setFlexGrow(3);
		grid.setItems(checks);
		grid.setAllRowsVisible(checks.size() <= 50);
		grid.setId("import-checks");
		var importValid = new Button(getTranslation("import.valid", valid), (event) -> importValid());
		importValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		importValid.setEnabled(valid > 0);
		importValid.setId("import-valid");
		var nothing = new Button(getTranslation("import.nothing"), (event) -> {
			this.table = null;
			this.step.removeAll();
		});
		nothing.setId("import-nothing");
		var actions = new Div(importValid, nothing);
		actions.addClassName("liaison-view-actions");
		this.step.add(summary, report, grid, actions);
	}

	private Span verdict(ImportRowCheck check) {
		var badge = new Span(getTranslation(check.importable() ? "import.ok" : "import.error"));
		badge.addClassNames("liaison-badge", check.importable() ? "liaison-status-active" : "liaison-status-dormant");
		return badge;
	}

	private String messages(ImportRowCheck check) {
		var messages = new ArrayList<String>();
		check.problems().forEach((problem) -> messages.add(describe(problem)));
		check.duplicates().forEach((name) -> messages.add(getTranslation("import.problem.duplicate", name)));
		return String.join("; ", messages);
	}

	private String describe(ImportRowCheck.Problem problem) {
		return getTranslation(problem.messageKey(), problem.arguments().toArray());
	}

	private byte[] report(List<ImportRowCheck> checks) {
		return this.imports.report(checks, this::describe,
				List.of(getTranslation("import.row"), getTranslation("partner.english-name"),
						getTranslation("partner.status"), getTranslation("import.problems")));
	}

	private void importValid() {
		try {
			var count = this.imports.importValid(this.table, this.mapping);
			Notifications.success(getTranslation("import.done", count));
			getUI().ifPresent((ui) -> ui.navigate(PartnersView.class));
		}
		catch (RuntimeException ex) {
			Notifications.error(UserFacingErrors.messageFor(UI.getCurrent(), ex));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("import.title") + " · " + getTranslation("app.name");
	}

}
