package cn.jiceng.common.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.testsupport.badinput.BadInputCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The corpus under src/test/resources/bad-input is complete: every file there is a case of
 * {@link BadInputCorpus} (so a test runs it), every committed case has its file, every directory
 * has a test, and the README lists them as the table says.
 */
class BadInputCorpusTest {

    @Test
    void everyFileInTheCorpusIsACaseAndEveryCaseHasItsFile() throws IOException {
        Set<String> files;
        try (Stream<Path> walk = Files.walk(BadInputCorpus.ROOT)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
                    .map(f -> BadInputCorpus.ROOT.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> committed = BadInputCorpus.cases().stream().filter(BadInputCorpus.Case::committed).map(BadInputCorpus.Case::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).as("files without a case (add one to BadInputCorpus)").isSubsetOf(committed);
        assertThat(committed).as("cases without their file (run BadInputCorpusTest#regenerate)").isSubsetOf(files);
        assertThat(BadInputCorpus.cases()).extracting(BadInputCorpus.Case::id).doesNotHaveDuplicates();
    }

    @Test
    void everyDirectoryHasItsTestAndTheReadmeListsEveryCase() throws IOException {
        List<String> covered = BadInputCorpus.COVERED.stream().map(c -> c.get(0)).toList();
        assertThat(BadInputCorpus.cases()).extracting(BadInputCorpus.Case::dir).allMatch(covered::contains);
        assertThat(Files.readString(BadInputCorpus.ROOT.resolve("README.md")))
                .as("README.md is generated from the table: run BadInputCorpusTest#regenerate").isEqualTo(BadInputCorpus.readme());
    }

    @Test
    void refusedCasesNameTheirMessageAndAcceptedOnesTheirRows() {
        for (BadInputCorpus.Case c : BadInputCorpus.cases()) {
            if (c.accepted()) {
                assertThat(c.rows()).as(c.id()).isPositive();
            } else {
                assertThat(c.key()).as(c.id()).isNotBlank();
            }
        }
    }

    /** Writes the corpus and its README: {@code ./mvnw -o -q test -Dtest=BadInputCorpusTest#regenerate -Dbadinput.generate=true}. */
    @Test
    @EnabledIfSystemProperty(named = "badinput.generate", matches = "true")
    void regenerate() throws IOException {
        BadInputCorpus.generate();
    }
}
