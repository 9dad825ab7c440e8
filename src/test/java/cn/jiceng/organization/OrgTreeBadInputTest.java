package cn.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.organization.domain.OrgUnitRepository;
import cn.jiceng.organization.service.OrgTreeImportResult;
import cn.jiceng.organization.service.OrgTreeImportService;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.badinput.BadInputAssertions;
import cn.jiceng.testsupport.badinput.BadInputCorpus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The org-tree and any-import corpus through the real organisation-tree import: refused files name
 * the reason and leave every unit as it was; messy but right files (encodings, full-width digits,
 * number cells) give exactly the clean file's tree (no unit renamed by a second import).
 */
@JicengSpringBootTest
class OrgTreeBadInputTest {

    @Autowired
    OrgTreeImportService importService;
    @Autowired
    OrgUnitService units;
    @Autowired
    OrgUnitRepository repository;

    @TestFactory
    Stream<DynamicTest> corpus() {
        return BadInputAssertions.tests(List.of("org-tree", BadInputCorpus.ANY), c -> importService::importFile, this::snapshot,
                (c, result) -> {
                    OrgTreeImportResult r = (OrgTreeImportResult) result;
                    assertThat(r.renamed()).as(c.id() + ": names read exactly as in the clean file").isZero();
                    assertThat(r.created() + r.unchanged()).as(c.id()).isEqualTo(c.rows());
                    for (List<String> row : BadInputCorpus.ORG_ROWS) {
                        assertThat(units.getByCode(row.get(0)).getName()).as(c.id()).isEqualTo(row.get(1));
                        assertThat(units.getByCode(row.get(0)).getParentCode()).as(c.id()).isEqualTo(row.get(4));
                    }
                });
    }

    /** Every unit: code, name, level, parent. */
    private Object snapshot() {
        return repository.findAll().stream().map(u -> u.getCode() + "|" + u.getName() + "|" + u.getLevel() + "|" + u.getParentCode())
                .sorted().toList();
    }
}
