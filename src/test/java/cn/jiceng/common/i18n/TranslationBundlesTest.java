package cn.jiceng.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> chinese = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        assertThat(chinese).as("keys in zh_CN but not in English").isSubsetOf(english);
        assertThat(english).as("keys in English but not in zh_CN").isSubsetOf(chinese);
    }

    @Test
    void everyLiteralKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Pattern call = Pattern.compile("(?:getTranslation|translate|tr)\\(\\s*\"([a-zA-Z][\\w.]*\\w)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void chineseIsTheDefaultAndEnglishTheAlternative() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getProvidedLocales()).first().isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(provider.getTranslation("nav.home", Locale.SIMPLIFIED_CHINESE)).isEqualTo("首页");
        assertThat(provider.getTranslation("nav.home", Locale.ENGLISH)).isEqualTo("Home");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
