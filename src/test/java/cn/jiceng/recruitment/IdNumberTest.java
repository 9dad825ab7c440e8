package cn.jiceng.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.recruitment.domain.IdNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    /** Builds a valid number from its first 17 digits. */
    static String valid(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    @Test
    void computesTheIso7064CheckCharacter() {
        // the textbook example of GB 11643: 11010519491231002X
        assertThat(IdNumber.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumber.isValid("11010519491231002x")).as("lower-case x is accepted").isTrue();
        assertThat(IdNumber.isValid(valid("22010319980715123"))).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "110105194912310021, recruitment.error.idCheckDigit",
            "11010519491231002, recruitment.error.idFormat",
            "1101051949123100211, recruitment.error.idFormat",
            "11010519491331002X, recruitment.error.idBirthDate",
            "ABCDEFGHIJKLMNOPQR, recruitment.error.idFormat",
            "'', recruitment.error.idFormat"
    })
    void rejectsBadNumbersWithTheReason(String id, String problem) {
        assertThat(IdNumber.problem(id)).hasValue(problem);
    }

    @Test
    void readsTheBirthDateAndMasksForLists() {
        assertThat(IdNumber.birthDate("11010519491231002X")).hasValue(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
    }
}
