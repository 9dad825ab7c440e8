package cn.jiceng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@JicengSpringBootTest
class ProcessDiagramServiceTest {

    @Autowired
    ProcessDiagramService diagrams;
    @Autowired
    ReviewTaskService reviews;
    @Autowired
    UserService users;
    @Autowired
    RepositoryService repository;

    @Test
    void aRunningSampleReviewShowsTheReviewTaskActiveAndTheStartCompleted() throws Exception {
        String instance = reviews.startSampleReview("220103", "图示<测试>&案件", "T-DIAGRAM-1",
                OffsetDateTime.now().plusDays(3));

        String svg = diagrams.svg(instance);

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getDocumentElement().getAttribute("viewBox")).matches("-?\\d+ -?\\d+ \\d+ \\d+");
        assertThat(element(document, "Task_Review").getAttribute("class")).isEqualTo("active");
        assertThat(element(document, "Start_Submitted").getAttribute("class")).isEqualTo("completed");
        assertThat(element(document, "Flow_ToReview").getAttribute("class")).isEqualTo("taken");
        assertThat(element(document, "Flow_ToDecision").hasAttribute("class")).isFalse();
        assertThat(element(document, "Gateway_Approved").hasAttribute("class")).isFalse();
        assertThat(element(document, "End_Approved").hasAttribute("class")).isFalse();
        assertThat(svg).contains("<title>审核</title>");
        // The case's own data (title, business key) never goes into the picture.
        assertThat(svg).doesNotContain("图示");
    }

    @Test
    void aFinishedSampleReviewShowsThePathTakenToTheEndReached() throws Exception {
        String instance = reviews.startSampleReview("220103", "图示完成测试", "T-DIAGRAM-2",
                OffsetDateTime.now().plusDays(3));
        AppUser reviewer = users.findByUsername("kc.reviewer").orElseThrow();
        TaskSummary task = reviews.openTasks(reviewer).stream().filter(t -> t.title().equals("图示完成测试"))
                .findFirst().orElseThrow();
        reviews.decide(reviewer, task.id(), true, "同意");

        Document document = parse(diagrams.svg(instance));

        for (String id : List.of("Start_Submitted", "Task_Review", "Gateway_Approved", "End_Approved")) {
            assertThat(element(document, id).getAttribute("class")).as(id).isEqualTo("completed");
        }
        for (String id : List.of("Flow_ToReview", "Flow_ToDecision", "Flow_Approved")) {
            assertThat(element(document, id).getAttribute("class")).as(id).isEqualTo("taken");
        }
        assertThat(element(document, "End_Returned").hasAttribute("class")).isFalse();
        assertThat(element(document, "Flow_Returned").hasAttribute("class")).isFalse();
    }

    @Test
    void anUnknownInstanceOrDefinitionIsRefused() {
        assertThatThrownBy(() -> diagrams.svg("no-such-instance")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> diagrams.svgOfDefinition("noSuchProcess"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCampaignDefinitionDrawsEveryElementOfItsDiagramWithNothingHighlighted() throws Exception {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("recruitmentCampaign")
                .latestVersion().singleResult().getId();
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);

        String svg = diagrams.svgOfDefinition("recruitmentCampaign");

        Document document = parse(svg);
        assertThat(drawnIds(document)).containsAll(idsWithDi(model));
        assertThat(types(document)).contains("userTask", "serviceTask", "exclusiveGateway", "callActivity",
                "boundaryEvent", "intermediateCatchEvent", "startEvent", "endEvent", "sequenceFlow");
        assertThat(svg).doesNotContain("class=\"active\"", "class=\"completed\"", "class=\"taken\"");
    }

    @Test
    void parallelBranchesAreAllDrawnAndEachTakenFlowIsMarked() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("parallelSketch").name("并行 & <示例>")
                .startEvent("Start").name("开始")
                .parallelGateway("Fork")
                .userTask("Task_A").name("甲部门审核材料并出具书面意见")
                .parallelGateway("Join")
                .endEvent("End")
                .moveToNode("Fork")
                .userTask("Task_B").name("Department B review")
                .connectTo("Join")
                .done();
        // Start, fork and task A ran; task B is still open: the fork's flow to B is taken, the join is not reached.
        ProcessDiagramService.Progress progress = new ProcessDiagramService.Progress(Set.of("Task_B"),
                Set.of("Start", "Fork", "Task_A"),
                java.util.Map.of("Start", List.of(0), "Fork", List.of(1), "Task_A", List.of(2), "Task_B",
                        List.of(3)));

        String svg = ProcessDiagramService.render(model, "parallelSketch", progress);

        Document document = parse(svg);
        assertThat(drawnIds(document)).containsAll(idsWithDi(model));
        assertThat(types(document)).contains("parallelGateway");
        assertThat(element(document, "Task_B").getAttribute("class")).isEqualTo("active");
        assertThat(element(document, "Task_A").getAttribute("class")).isEqualTo("completed");
        assertThat(element(document, "Join").hasAttribute("class")).isFalse();
        String toA = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class).stream()
                .filter(f -> f.getTarget().getId().equals("Task_A")).findFirst().orElseThrow().getId();
        String toB = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class).stream()
                .filter(f -> f.getTarget().getId().equals("Task_B")).findFirst().orElseThrow().getId();
        assertThat(element(document, toA).getAttribute("class")).isEqualTo("taken");
        assertThat(element(document, toB).getAttribute("class")).isEqualTo("taken");
        assertThat(document.getDocumentElement().getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("并行 & <示例>");
    }

    @Test
    void chineseNamesWrapByCharactersAboutEightToALine() {
        assertThat(ProcessDiagramService.wrap("甲部门审核材料并出具书面意见", 96, 12))
                .containsExactly("甲部门审核材料并", "出具书面意见");
        assertThat(ProcessDiagramService.wrap("审核 Review", 96, 12)).containsExactly("审核 Review");
        assertThat(ProcessDiagramService.wrap("省级备案联审 Joint review", 96, 12))
                .containsExactly("省级备案联审", "Joint review");
        assertThat(ProcessDiagramService.wrap("申请复检？ Re-examination?", 88, 11))
                .containsExactly("申请复检？", "Re-examination?");
        assertThat(ProcessDiagramService.escape("a<b & \"c\" 'd'\u0001")).isEqualTo("a&lt;b &amp; &quot;c&quot; &apos;d&apos;");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element element(Document document, String elementId) {
        NodeList all = document.getElementsByTagNameNS("*", "g");
        Element found = null;
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (elementId.equals(g.getAttribute("data-element-id"))) {
                assertThat(found).as("one group for " + elementId).isNull();
                found = g;
            }
        }
        assertThat(found).as("group for " + elementId).isNotNull();
        return found;
    }

    private static Set<String> drawnIds(Document document) {
        return attributeValues(document, "data-element-id");
    }

    private static Set<String> types(Document document) {
        return attributeValues(document, "data-element-type");
    }

    private static Set<String> attributeValues(Document document, String attribute) {
        NodeList all = document.getElementsByTagNameNS("*", "g");
        Set<String> values = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.hasAttribute(attribute)) {
                values.add(g.getAttribute(attribute));
            }
        }
        return values;
    }

    private static Set<String> idsWithDi(BpmnModelInstance model) {
        Set<String> ids = model.getModelElementsByType(BpmnShape.class).stream().map(BpmnShape::getBpmnElement)
                .map(BaseElement::getId).collect(Collectors.toSet());
        ids.addAll(model.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement)
                .map(BaseElement::getId).collect(Collectors.toSet()));
        assertThat(ids).isNotEmpty();
        return ids;
    }
}
