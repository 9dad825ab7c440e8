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
            "'', recruitment.error.idFormat",
            "000000199801011234, recruitment.error.idRegion",
            "999999199801011234, recruitment.error.idRegion",
            "220000199801011234, recruitment.error.idRegion",
            "160103199801011234, recruitment.error.idRegion",
            "720103199801011234, recruitment.error.idRegion",
            "830103199801011234, recruitment.error.idRegion"
    })
    void rejectsBadNumbersWithTheReason(String id, String problem) {
        assertThat(IdNumber.problem(id)).hasValue(problem);
    }

    @Test
    void fullWidthDigitsAndIdeographicSpacesAsInputMethodsTypeThemAreNormalisedAndAccepted() {
        String id = valid("22010319980715123");
        StringBuilder fullWidth = new StringBuilder();
        for (char c : id.toCharArray()) {
            fullWidth.append((char) (c + 0xFEE0));
        }
        String typed = "\u3000" + fullWidth.substring(0, 6) + "\u3000" + fullWidth.substring(6, 14) + " " + fullWidth.substring(14) + "\u3000";
        assertThat(IdNumber.normalise(typed)).isEqualTo(id);
        assertThat(IdNumber.isValid(typed)).isTrue();
        assertThat(IdNumber.normalise("１１０１０５１９４９１２３１００２ｘ")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.isValid("11010519491231002\u200B X")).as("zero-width and ordinary spaces").isTrue();
    }

    @Test
    void regionCodesMustNameAPlace() {
        for (String province : java.util.List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
                "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82")) {
            assertThat(IdNumber.isRegion(province + "0101")).as(province).isTrue();
            if (!province.equals("81") && !province.equals("82")) {
                assertThat(IdNumber.isRegion(province + "0000")).as(province + "0000 names a province, no place").isFalse();
            }
        }
        assertThat(IdNumber.isRegion("220100")).as("a city's own code (older numbers)").isTrue();
        assertThat(IdNumber.isRegion("810000")).as("Hong Kong residence permit").isTrue();
        assertThat(IdNumber.isRegion("820000")).as("Macao residence permit").isTrue();
        assertThat(IdNumber.isRegion("830000")).as("Taiwan residence permit").isTrue();
        assertThat(IdNumber.isRegion("000000")).isFalse();
        assertThat(IdNumber.isRegion("999999")).isFalse();
        assertThat(IdNumber.isValid(valid("00000019980101123"))).as("000000 with a right check digit").isFalse();
        assertThat(IdNumber.isValid(valid("99999919980101123"))).as("999999 with a right check digit").isFalse();
        assertThat(IdNumber.isValid(valid("81000019980101123"))).isTrue();
    }

    @Test
    void readsTheBirthDateAndMasksForLists() {
        assertThat(IdNumber.birthDate("11010519491231002X")).hasValue(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
    }
}
