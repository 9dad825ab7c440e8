package cn.jiceng;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jiceng: workflow and approval system for grassroots governance (基层治理). */
@SpringBootApplication
@Push
@Theme(themeClass = Lumo.class)
@PWA(name = "Jiceng 基层治理", shortName = "Jiceng")
public class JicengApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(JicengApplication.class, args);
    }
}
