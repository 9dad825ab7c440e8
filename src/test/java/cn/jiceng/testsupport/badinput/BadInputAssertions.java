package cn.jiceng.testsupport.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.jiceng.common.i18n.TranslationProvider;
import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.validation.InputRejectedException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs corpus cases against a service. A refused case must fail with the case's message (key,
 * row and arguments among the problems reported, every reported key translated in Chinese and
 * English) and leave the snapshot — the tables' contents the import would change — as it was. An
 * accepted case must import, and the test's own check then looks at what was stored.
 */
public final class BadInputAssertions {

    /** An import or upload of one file's bytes. */
    @FunctionalInterface
    public interface Importer {
        Object run(byte[] content) throws Exception;
    }

    private BadInputAssertions() {
    }

    /** One dynamic test per case of the directories, in table order. */
    public static Stream<DynamicTest> tests(List<String> dirs, Function<BadInputCorpus.Case, Importer> importerFor,
                                            Supplier<Object> snapshot, BiConsumer<BadInputCorpus.Case, Object> whenAccepted) {
        return dirs.stream().flatMap(dir -> BadInputCorpus.cases(dir).stream())
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c, importerFor.apply(c), snapshot, whenAccepted)));
    }

    public static void check(BadInputCorpus.Case c, Importer importer, Supplier<Object> snapshot,
                             BiConsumer<BadInputCorpus.Case, Object> whenAccepted) throws Exception {
        byte[] content = c.bytes();
        if (c.accepted()) {
            whenAccepted.accept(c, importer.run(content));
            return;
        }
        Object before = snapshot.get();
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> importer.run(content));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(thrown).as(c.id() + " must be refused").isNotNull();
        List<ImportError> errors = errors(c, thrown);
        assertThat(errors).as(c.id() + ": the problems reported").anySatisfy(e -> {
            assertThat(e.messageKey()).isEqualTo(c.key());
            assertThat(e.rowNumber()).isEqualTo(c.row());
            assertThat(e.args().stream().map(String::valueOf).toList()).isEqualTo(c.args());
        });
        for (ImportError e : errors) {
            for (Locale locale : List.of(TranslationProvider.CHINESE, TranslationProvider.ENGLISH)) {
                assertThat(TranslationProvider.translate(e.messageKey(), locale, e.args().toArray()))
                        .as(c.id() + ": " + e.messageKey() + " translated in " + locale).doesNotStartWith("!").doesNotContain("{0}");
            }
        }
        assertThat(snapshot.get()).as(c.id() + ": nothing changed").isEqualTo(before);
        assertThat(millis).as(c.id() + ": refused within 30 s").isLessThan(30_000);
    }

    private static List<ImportError> errors(BadInputCorpus.Case c, Throwable thrown) {
        if (thrown instanceof ImportRejectedException rejected) {
            return rejected.getErrors();
        }
        if (thrown instanceof InputRejectedException rejected) {
            return List.of(new ImportError(0, rejected.getMessageKey(), Arrays.asList(rejected.getArgs())));
        }
        throw new AssertionError(c.id() + " must be refused with a message, but threw " + thrown, thrown);
    }
}
