package cn.jiceng.demonstration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the demonstration code refuses with exists in both bundles (the views translate them). */
class DemonstrationMessageKeysTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DemonstrationMessageKeysTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyDemonstrationMessageKeyIsInBothBundles() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        Properties english = load("messages.properties");
        Pattern literal = Pattern.compile("\"(demonstration\\.[a-zA-Z.]+[a-zA-Z])\"");
        Pattern prefixed = Pattern.compile("error\\(\"([a-zA-Z]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/jiceng/demonstration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher m = literal.matcher(text);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
                if (file.getFileName().toString().equals("DefinitionValidator.java")) {
                    Matcher p = prefixed.matcher(text);
                    while (p.find()) {
                        used.add("demonstration.definition.error." + p.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(used).allSatisfy(k -> {
            assertThat(chinese).as(k).containsKey(k);
            assertThat(english).as(k).containsKey(k);
        });
    }
}
