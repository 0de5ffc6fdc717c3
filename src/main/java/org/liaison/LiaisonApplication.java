package org.liaison;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@StyleSheet(Lumo.STYLESHEET)
@Meta(name = "color-scheme", content = "light")
public class LiaisonApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(LiaisonApplication.class, args);
	}

}
