package cn.jiceng.demonstration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.demonstration.domain.OutcomeModel;
import cn.jiceng.demonstration.domain.StoredDefinitionRepository;
import cn.jiceng.demonstration.service.DefinitionImport;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.DefinitionSummary;
import cn.jiceng.demonstration.service.SubsidyService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Program definitions: the shipped files load at start-up; a broken file is refused with clear messages; versions. */
@JicengSpringBootTest
class DefinitionServiceTest {

    static final List<String> SHIPPED = List.of("weihai-jingzhi-xingfu", "yuncheng-wumian-hongqi-shequ",
            "yuncheng-wumian-hongqi-cun", "changchun-xingfu-xiaoqu", "jilin-qiancun-shifan", "yantai-xingfu-jiayuan",
            "meihao-xiaoqu-xingfu-jiayuan");

    @Autowired
    DefinitionService definitions;
    @Autowired
    StoredDefinitionRepository stored;
    @Autowired
    SubsidyService subsidies;
    @Autowired
    UserService users;

    AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    static String file(String code) throws IOException {
        return Files.readString(Path.of("programs", code + ".json"));
    }

    static List<String> keys(ImportRejectedException e) {
        return e.getErrors().stream().map(ImportError::messageKey).toList();
    }

    @Test
    void theSeedProgramsAreImportedAtStartUpWithTheirStandards() {
        List<DefinitionSummary> latest = definitions.latest();
        assertThat(latest).extracting(DefinitionSummary::code).containsAll(SHIPPED);
        DefinitionSummary weihai = definitions.latest("weihai-jingzhi-xingfu");
        assertThat(weihai.itemCount()).isEqualTo(33);
        assertThat(definitions.standard(weihai.id()).categories()).hasSize(6);
        assertThat(weihai.totalPoints()).isEqualByComparingTo("100");
        DefinitionSummary yuncheng = definitions.latest("yuncheng-wumian-hongqi-shequ");
        assertThat(yuncheng.outcomeModel()).isEqualTo(OutcomeModel.FLAGS);
        assertThat(definitions.definition(yuncheng.id()).outcome().flags()).hasSize(5);
        assertThat(definitions.latest("yantai-xingfu-jiayuan").itemCount()).isEqualTo(40);
        assertThat(definitions.standard(definitions.latest("jilin-qiancun-shifan").id()).items()).hasSize(15);
        assertThat(definitions.definition(definitions.latest("changchun-xingfu-xiaoqu").id()).outcome().levels())
                .extracting(l -> l.code()).containsExactly("BEST", "CITY", "COUNTY");
        // importing the shipped files again changes nothing
        assertThat(definitions.importShipped()).isZero();
    }

    @Test
    void theSubsidyTableGivesTheFiveFlagRewardsTheSeedStates() {
        assertThat(subsidies.subsidy("yuncheng-wumian-hongqi", "FLAGS_5", 5).orElseThrow().city()).isEqualByComparingTo("50000");
        assertThat(subsidies.subsidy("yuncheng-wumian-hongqi", "FLAGS_5", 5).orElseThrow().countyMin()).isEqualByComparingTo("50000");
        assertThat(subsidies.subsidy("yuncheng-wumian-hongqi", "FLAGS_3", 3).orElseThrow().city()).isEqualByComparingTo("10000");
        assertThat(subsidies.subsidy("yuncheng-wumian-hongqi", "FLAGS_4", 4).orElseThrow().countyMax()).isEqualByComparingTo("30000");
        assertThat(subsidies.subsidy("yuncheng-wumian-hongqi", "FLAGS_2", 2).orElseThrow().city()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(subsidies.subsidy("no-such-scheme", "TITLE", 0)).isEmpty();
    }

    @Test
    void anIndicatorTreeWhosePointsDoNotAddUpIsRefusedWithClearMessagesAndNothingIsStored() throws IOException {
        long before = stored.count();
        // the first category of Weihai (队伍精良, 18 points): its first item 4 -> 5
        String broken = file("weihai-jingzhi-xingfu").replace("\"code\": \"weihai-jingzhi-xingfu\"", "\"code\": \"weihai-broken\"")
                .replace("\"maxPoints\": 4}", "\"maxPoints\": 5}");
        ImportRejectedException e = (ImportRejectedException) org.assertj.core.api.Assertions.catchThrowable(
                () -> definitions.importFile(user("admin"), broken.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).isNotNull();
        assertThat(keys(e)).contains("demonstration.definition.error.categoryPoints");
        ImportError points = e.getErrors().stream()
                .filter(x -> x.messageKey().equals("demonstration.definition.error.categoryPoints")).findFirst().orElseThrow();
        assertThat(points.args()).containsExactly("standard.A", "A", "18", "19");
        assertThat(stored.count()).isEqualTo(before);
        assertThat(definitions.check(broken.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void duplicateCodesUnknownReferencesAndUnknownFieldsAreEachNamed() throws IOException {
        String base = file("yuncheng-wumian-hongqi-shequ").replace("\"code\": \"yuncheng-wumian-hongqi-shequ\"",
                "\"code\": \"yuncheng-broken\"");
        String bad = base.replace("\"code\": \"FWYZ2\"", "\"code\": \"FWYZ1\"")
                .replace("\"category\": \"SHZL\"", "\"category\": \"NOPE\"")
                .replace("\"scheme\": \"yuncheng-wumian-hongqi\"", "\"scheme\": \"yuncheng-wumian-hongqi\"")
                .replace("\"memberUnits\": []", "\"memberUnits\": [\"NO_SUCH_DEPARTMENT\"]")
                .replace("\"select\": {\"flags\": 5}, \"min\": 1", "\"select\": {\"flags\": 7}, \"min\": 1");
        List<ImportError> errors = definitions.check(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(errors).extracting(ImportError::messageKey).contains("demonstration.definition.error.duplicateCode",
                "demonstration.definition.error.unknownCategory", "demonstration.definition.error.unknownDepartment",
                "demonstration.definition.error.flagCount");
        assertThat(definitions.check(base.replace("\"note\":", "\"remark\": \"x\", \"note\":").getBytes(StandardCharsets.UTF_8)))
                .extracting(ImportError::messageKey).containsExactly("demonstration.definition.error.unknownField");
        assertThat(definitions.check("{ not json".getBytes(StandardCharsets.UTF_8)))
                .extracting(ImportError::messageKey).containsExactly("demonstration.definition.error.json");
        assertThat(definitions.check(base.replace("\"scheme\": \"yuncheng-wumian-hongqi\"", "\"scheme\": \"nowhere\"")
                .getBytes(StandardCharsets.UTF_8))).extracting(ImportError::messageKey)
                .containsExactly("demonstration.definition.error.unknownRewardScheme");
    }

    @Test
    void aChangedFileBecomesTheNextVersionAndTheSameFileChangesNothing() throws IOException {
        String v1 = file("meihao-xiaoqu-xingfu-jiayuan").replace("\"code\": \"meihao-xiaoqu-xingfu-jiayuan\"", "\"code\": \"meihao-versions\"");
        DefinitionImport first = definitions.importFile(user("admin"), v1.getBytes(StandardCharsets.UTF_8));
        assertThat(first.unchanged()).isFalse();
        assertThat(first.definition().version()).isEqualTo(1);
        assertThat(definitions.importFile(user("admin"), v1.getBytes(StandardCharsets.UTF_8)).unchanged()).isTrue();
        String v2 = v1.replace("\"minScore\": 85", "\"minScore\": 80");
        DefinitionImport second = definitions.importFile(user("cc.reviewer"), v2.getBytes(StandardCharsets.UTF_8));
        assertThat(second.definition().version()).isEqualTo(2);
        assertThat(definitions.versions("meihao-versions")).extracting(DefinitionSummary::version).containsExactly(2, 1);
        // the first version stays as it was
        assertThat(definitions.definition(first.definition().id()).outcome().levels().get(0).minScore()).isEqualByComparingTo("85");
        assertThat(definitions.definition(second.definition().id()).outcome().levels().get(0).minScore()).isEqualByComparingTo("80");
        // an edited definition saves through the same rules
        DefinitionImport third = definitions.save(user("admin"), definitions.definition(second.definition().id()));
        assertThat(third.definition().version()).isEqualTo(3);
        assertThatThrownBy(() -> definitions.importFile(user("csh.reviewer"), v2.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
