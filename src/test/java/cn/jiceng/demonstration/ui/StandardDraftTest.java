package cn.jiceng.demonstration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.IndicatorClass;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The indicator-tree editor's model: the sums it flags and the definition it gives back. */
class StandardDraftTest {

    static ProgramDefinition yuncheng() throws Exception {
        return new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .readValue(new File("programs/yuncheng-wumian-hongqi-shequ.json"), ProgramDefinition.class);
    }

    @Test
    void anUnchangedTreeGivesTheSameDefinitionBackAndAddsUp() throws Exception {
        ProgramDefinition d = yuncheng();
        StandardDraft draft = new StandardDraft(d);
        assertThat(draft.toDefinition()).isEqualTo(d);
        assertThat(draft.changed()).isFalse();
        assertThat(draft.totalMismatched()).isFalse();
        assertThat(draft.categories()).noneMatch(StandardDraft.Node::mismatched);
        assertThat(draft.itemCount()).isEqualTo(d.items().size());
    }

    @Test
    void changedPointsAreFlaggedOnTheirCategoryAndTheTotal() throws Exception {
        StandardDraft draft = new StandardDraft(yuncheng());
        StandardDraft.Node first = draft.categories().get(0);
        first.items.get(0).points = first.items.get(0).points.add(BigDecimal.valueOf(5));
        assertThat(first.mismatched()).isTrue();
        assertThat(first.itemSum()).isEqualByComparingTo("105");
        assertThat(draft.totalMismatched()).isFalse();
        first.points = new BigDecimal("105");
        assertThat(first.mismatched()).isFalse();
        assertThat(draft.totalMismatched()).isTrue();
        assertThat(draft.categorySum()).isEqualByComparingTo("505");
    }

    @Test
    void addedAndMovedNodesAndChecksComeBackInTheDefinition() throws Exception {
        StandardDraft draft = new StandardDraft(yuncheng());
        StandardDraft.Node category = draft.categories().get(0);
        StandardDraft.Node item = draft.addItem(category);
        item.name = "无重大安全事故";
        item.check = CheckType.PASS_FAIL;
        item.indicatorClass = IndicatorClass.BOTTOM_LINE;
        draft.move(item, -1);
        StandardDraft.Node added = draft.addCategory();
        added.name = "新增大项";
        ProgramDefinition d = draft.toDefinition();
        Indicator check = d.standard().get(0).items().get(d.standard().get(0).items().size() - 2);
        assertThat(check.name()).isEqualTo("无重大安全事故");
        assertThat(check.checkType()).isEqualTo(CheckType.PASS_FAIL);
        assertThat(check.maxPoints()).isNull();
        assertThat(d.standard()).hasSize(6);
        assertThat(d.standard().get(5).code()).isNotBlank();
        assertThat(draft.changed()).isTrue();
        draft.remove(added);
        assertThat(draft.toDefinition().standard()).hasSize(5);
    }
}
