package cn.jiceng.review.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws a process diagram as a standalone SVG on the server from the BPMN diagram interchange (DI)
 * of the deployed definition, optionally marking an instance's progress: activities active now
 * ({@code class="active"}, light blue, bold blue border), activities that ran ({@code class="completed"},
 * green) and sequence flows taken ({@code class="taken"}, green; the others grey).
 *
 * <p>Every drawn BPMN element is a {@code <g data-element-id="…" data-element-type="…">} with a
 * {@code <title>} (its name, shown on hover). All text is XML-escaped, so the result can be put
 * into a page as markup. Progress comes from the history (history level full): an activity instance
 * without end time is active, an ended one completed; a flow counts as taken when its target occurred
 * after its source (by start time, then by the engine's sequence counter) — good enough for a picture,
 * not an audit trail.
 *
 * <p>Region scoping is not applied here: callers show the diagram of a case they have already checked
 * (the diagram names steps, never personal data).
 */
@Service
public class ProcessDiagramService {

    static final String CLASS_ACTIVE = "active";
    static final String CLASS_COMPLETED = "completed";
    static final String CLASS_TAKEN = "taken";

    private static final String MULTI_INSTANCE_BODY_SUFFIX = "#multiInstanceBody";

    private final RepositoryService repository;
    private final HistoryService history;

    public ProcessDiagramService(RepositoryService repository, HistoryService history) {
        this.repository = repository;
        this.history = history;
    }

    /**
     * The diagram of a running or finished process instance with its current position and the path taken.
     *
     * @throws IllegalArgumentException when no such instance is known (not even in the history)
     */
    @Transactional(readOnly = true)
    public String svg(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new IllegalArgumentException("No process instance " + processInstanceId);
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<HistoricActivityInstance> occurrences = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list();
        return render(model, instance.getProcessDefinitionKey(), Progress.of(occurrences));
    }

    /**
     * The diagram of the latest version of a process definition, nothing highlighted (for documentation).
     *
     * @throws IllegalArgumentException when no definition has that key
     */
    @Transactional(readOnly = true)
    public String svgOfDefinition(String processDefinitionKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(processDefinitionKey).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalArgumentException("No process definition " + processDefinitionKey);
        }
        return render(repository.getBpmnModelInstance(definition.getId()), processDefinitionKey, Progress.NONE);
    }

    /** Where an instance is and where it has been, by BPMN element id. */
    record Progress(Set<String> active, Set<String> completed, Map<String, List<Integer>> positions) {

        static final Progress NONE = new Progress(Set.of(), Set.of(), Map.of());

        /** From the instance's activity instances, in order of occurrence. */
        static Progress of(List<HistoricActivityInstance> occurrences) {
            Set<String> active = new HashSet<>();
            Set<String> ended = new HashSet<>();
            Map<String, List<Integer>> positions = new HashMap<>();
            for (int i = 0; i < occurrences.size(); i++) {
                HistoricActivityInstance occurrence = occurrences.get(i);
                String id = elementId(occurrence.getActivityId());
                if (id == null) {
                    continue;
                }
                positions.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
                if (occurrence.getEndTime() == null) {
                    active.add(id);
                } else {
                    ended.add(id);
                }
            }
            ended.removeAll(active);
            return new Progress(active, ended, positions);
        }

        private static String elementId(String activityId) {
            if (activityId == null) {
                return null;
            }
            return activityId.endsWith(MULTI_INSTANCE_BODY_SUFFIX)
                    ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY_SUFFIX.length())
                    : activityId;
        }

        String stateOf(String elementId) {
            if (active.contains(elementId)) {
                return CLASS_ACTIVE;
            }
            return completed.contains(elementId) ? CLASS_COMPLETED : null;
        }

        /** Some occurrence of the target came after some occurrence of the source. */
        boolean taken(String sourceId, String targetId) {
            List<Integer> sources = positions.get(sourceId);
            List<Integer> targets = positions.get(targetId);
            return sources != null && targets != null && sources.get(0) < targets.get(targets.size() - 1);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Rendering (pure: model + progress -> SVG text)

    private static final double MARGIN = 20;
    private static final double TASK_FONT = 12;
    private static final double LABEL_FONT = 11;
    private static final String FONT_FAMILY =
            "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC',sans-serif";

    private static final String INK = "#404040";
    private static final String FILL = "#ffffff";
    private static final String ACTIVE_FILL = "#dbeafe";
    private static final String ACTIVE_STROKE = "#1565c0";
    private static final String COMPLETED_FILL = "#e8f5e9";
    private static final String COMPLETED_STROKE = "#2e7d32";
    private static final String TAKEN_STROKE = "#2e7d32";
    private static final String FLOW_STROKE = "#9e9e9e";

    static String render(BpmnModelInstance model, String processKey, Progress progress) {
        BpmnPlane plane = plane(model, processKey);
        Canvas canvas = new Canvas();
        String title = processKey;
        if (plane != null && plane.getBpmnElement() != null) {
            String name = plane.getBpmnElement().getAttributeValue("name");
            title = name != null && !name.isBlank() ? name : title;
        }
        List<BpmnShape> shapes = new ArrayList<>();
        List<BpmnEdge> edges = new ArrayList<>();
        if (plane != null) {
            for (DiagramElement element : plane.getDiagramElements()) {
                if (element instanceof BpmnShape shape && shape.getBpmnElement() != null && shape.getBounds() != null) {
                    shapes.add(shape);
                } else if (element instanceof BpmnEdge edge && edge.getBpmnElement() != null) {
                    edges.add(edge);
                }
            }
        }
        // Containers first (largest first, so nested ones stay visible), then flows, then the other
        // shapes with boundary events last (they sit on their activity's border).
        List<BpmnShape> containers = shapes.stream().filter(ProcessDiagramService::isContainer)
                .sorted(Comparator.comparingDouble((BpmnShape s) -> -area(s.getBounds()))).toList();
        List<BpmnShape> others = shapes.stream().filter(s -> !isContainer(s))
                .sorted(Comparator.comparingInt((BpmnShape s) -> s.getBpmnElement() instanceof BoundaryEvent ? 1 : 0))
                .toList();
        containers.forEach(shape -> drawShape(canvas, shape, progress));
        edges.forEach(edge -> drawEdge(canvas, edge, progress));
        others.forEach(shape -> drawShape(canvas, shape, progress));
        return canvas.toSvg(title);
    }

    private static BpmnPlane plane(BpmnModelInstance model, String processKey) {
        Collection<BpmnDiagram> diagrams = model.getDefinitions().getBpmDiagrams();
        BpmnPlane first = null;
        for (BpmnDiagram diagram : diagrams) {
            BpmnPlane plane = diagram.getBpmnPlane();
            if (plane == null) {
                continue;
            }
            first = first == null ? plane : first;
            BaseElement shown = plane.getBpmnElement();
            if (shown instanceof Process process && process.getId().equals(processKey)) {
                return plane;
            }
            if (shown instanceof Collaboration collaboration && collaboration.getParticipants().stream()
                    .anyMatch(p -> p.getProcess() != null && p.getProcess().getId().equals(processKey))) {
                return plane;
            }
        }
        return first;
    }

    private static boolean isContainer(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        return element instanceof Participant || element instanceof Lane
                || (element instanceof SubProcess && shape.isExpanded());
    }

    private static double area(Bounds b) {
        return b.getWidth() * b.getHeight();
    }

    private static String nameOf(BaseElement element) {
        if (element instanceof TextAnnotation annotation) {
            return annotation.getText() == null ? null : annotation.getText().getTextContent();
        }
        String name = element.getAttributeValue("name");
        return name == null || name.isBlank() ? null : name.trim();
    }

    private static String typeOf(BaseElement element) {
        return element.getElementType().getTypeName();
    }

    private static void drawShape(Canvas c, BpmnShape shape, Progress progress) {
        BaseElement element = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        c.include(x, y, x + w, y + h);
        String id = element.getId();
        String name = nameOf(element);
        String state = element instanceof FlowNode ? progress.stateOf(id) : null;
        String fill = CLASS_ACTIVE.equals(state) ? ACTIVE_FILL : CLASS_COMPLETED.equals(state) ? COMPLETED_FILL : FILL;
        String stroke = CLASS_ACTIVE.equals(state) ? ACTIVE_STROKE
                : CLASS_COMPLETED.equals(state) ? COMPLETED_STROKE : INK;
        double emphasis = CLASS_ACTIVE.equals(state) ? 1.5 : 0;

        c.open(id, typeOf(element), state, name);
        if (element instanceof Event event) {
            drawEvent(c, event, x, y, w, h, fill, stroke, emphasis);
            outsideLabel(c, shape, name);
        } else if (element instanceof Gateway gateway) {
            drawGateway(c, gateway, x, y, w, h, fill, stroke, emphasis);
            outsideLabel(c, shape, name);
        } else if (element instanceof Participant || element instanceof Lane) {
            c.add("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>",
                    n(x), n(y), n(w), n(h), INK);
            c.add("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>",
                    n(x + 30), n(y), n(x + 30), n(y + h), INK);
            if (name != null) {
                double cx = x + 15;
                double cy = y + h / 2;
                c.add("<text x=\"%s\" y=\"%s\" font-size=\"%s\" text-anchor=\"middle\" fill=\"%s\""
                                + " transform=\"rotate(-90 %s %s)\">%s</text>",
                        n(cx), n(cy + TASK_FONT * 0.35), n(TASK_FONT), INK, n(cx), n(cy), escape(oneLine(name)));
            }
        } else if (element instanceof Activity activity) {
            drawActivity(c, shape, activity, name, x, y, w, h, fill, stroke, emphasis);
        } else if (element instanceof TextAnnotation) {
            c.add("<path d=\"M %s %s h -10 v %s h 10\" fill=\"none\" stroke=\"%s\" stroke-width=\"1\"/>",
                    n(x + 10), n(y), n(h), n(x + 10), INK);
            if (name != null) {
                c.textBlock(wrap(name, w - 8, LABEL_FONT), x + 5, y + 4, LABEL_FONT, "start", INK);
            }
        } else {
            c.add("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>",
                    n(x), n(y), n(w), n(h), fill, stroke);
            outsideLabel(c, shape, name);
        }
        c.close();
    }

    private static void drawActivity(Canvas c, BpmnShape shape, Activity activity, String name, double x, double y,
                                     double w, double h, String fill, String stroke, double emphasis) {
        boolean callActivity = activity instanceof CallActivity;
        boolean subProcess = activity instanceof SubProcess;
        boolean eventSubProcess = subProcess && ((SubProcess) activity).triggeredByEvent();
        double width = (callActivity ? 4 : 2) + emphasis;
        c.add("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"10\" ry=\"10\" fill=\"%s\" stroke=\"%s\""
                        + " stroke-width=\"%s\"%s/>",
                n(x), n(y), n(w), n(h), subProcess && shape.isExpanded() && FILL.equals(fill) ? "none" : fill, stroke,
                n(width), eventSubProcess ? " stroke-dasharray=\"6 4\"" : "");
        boolean expanded = subProcess && shape.isExpanded();
        if (name != null) {
            if (expanded) {
                c.textBlock(wrap(name, w - 16, TASK_FONT), x + 8, y + 6, TASK_FONT, "start", INK);
            } else {
                List<String> lines = fit(wrap(name, w - 4, TASK_FONT), h - 4, TASK_FONT);
                double top = y + h / 2 - lines.size() * lineHeight(TASK_FONT) / 2;
                c.textBlock(lines, x + w / 2, top, TASK_FONT, "middle", INK);
            }
        }
        double markerY = y + h - 16;
        if (activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics multi) {
            double mx = x + w / 2 + (subProcess && !expanded ? 12 : 0);
            for (int i = -1; i <= 1; i++) {
                if (multi.isSequential()) {
                    c.add("<rect x=\"%s\" y=\"%s\" width=\"10\" height=\"2\" fill=\"%s\"/>",
                            n(mx - 5), n(markerY + 4 + i * 4), stroke);
                } else {
                    c.add("<rect x=\"%s\" y=\"%s\" width=\"2\" height=\"10\" fill=\"%s\"/>",
                            n(mx - 1 + i * 4), n(markerY), stroke);
                }
            }
        }
        if ((subProcess && !expanded) || callActivity) {
            double mx = x + w / 2 - 7 - (activity.getLoopCharacteristics() != null ? 12 : 0);
            c.add("<rect x=\"%s\" y=\"%s\" width=\"14\" height=\"14\" fill=\"none\" stroke=\"%s\" stroke-width=\"1\"/>",
                    n(mx), n(markerY - 2), stroke);
            c.add("<path d=\"M %s %s h 8 M %s %s v 8\" stroke=\"%s\" stroke-width=\"1.5\"/>",
                    n(mx + 3), n(markerY + 5), n(mx + 7), n(markerY + 1), stroke);
        }
    }

    private static void drawEvent(Canvas c, Event event, double x, double y, double w, double h, String fill,
                                  String stroke, double emphasis) {
        double cx = x + w / 2;
        double cy = y + h / 2;
        double r = Math.min(w, h) / 2;
        boolean interrupting = !(event instanceof StartEvent start && !start.isInterrupting())
                && !(event instanceof BoundaryEvent boundary && !boundary.cancelActivity());
        String dash = interrupting ? "" : " stroke-dasharray=\"4 3\"";
        double width = (event instanceof EndEvent ? 4 : event instanceof StartEvent ? 2 : 1.5) + emphasis;
        c.add("<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>",
                n(cx), n(cy), n(r), fill, stroke, n(width), dash);
        if (!(event instanceof StartEvent) && !(event instanceof EndEvent)) {
            c.add("<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s/>",
                    n(cx), n(cy), n(r - 3), stroke, dash);
        }
        Collection<EventDefinition> definitions = event instanceof CatchEvent catchEvent
                ? catchEvent.getEventDefinitions()
                : event instanceof ThrowEvent throwEvent ? throwEvent.getEventDefinitions() : List.of();
        boolean filled = event instanceof ThrowEvent;
        for (EventDefinition definition : definitions) {
            drawEventMarker(c, definition, cx, cy, r, stroke, filled);
            break; // one marker is enough for a picture (multiple definitions are rare)
        }
    }

    private static void drawEventMarker(Canvas c, EventDefinition definition, double cx, double cy, double r,
                                        String stroke, boolean filled) {
        String fill = filled ? stroke : "none";
        if (definition instanceof TimerEventDefinition) {
            double rr = r * 0.6;
            c.add("<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"1.5\"/>",
                    n(cx), n(cy), n(rr), stroke);
            c.add("<path d=\"M %s %s L %s %s L %s %s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>",
                    n(cx), n(cy - rr * 0.75), n(cx), n(cy), n(cx + rr * 0.55), n(cy + rr * 0.2), stroke);
        } else if (definition instanceof MessageEventDefinition) {
            double mw = r * 1.0;
            double mh = r * 0.7;
            double left = cx - mw / 2;
            double top = cy - mh / 2;
            c.add("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.2\"/>",
                    n(left), n(top), n(mw), n(mh), filled ? stroke : "#ffffff", stroke);
            c.add("<path d=\"M %s %s L %s %s L %s %s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.2\"/>",
                    n(left), n(top), n(cx), n(cy + mh * 0.1), n(left + mw), n(top), filled ? "#ffffff" : stroke);
        } else if (definition instanceof SignalEventDefinition) {
            double s = r * 0.55;
            c.add("<polygon points=\"%s,%s %s,%s %s,%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.2\"/>",
                    n(cx), n(cy - s), n(cx + s), n(cy + s * 0.7), n(cx - s), n(cy + s * 0.7), fill, stroke);
        } else if (definition instanceof TerminateEventDefinition) {
            c.add("<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"/>", n(cx), n(cy), n(r * 0.55), stroke);
        } else if (definition instanceof ErrorEventDefinition) {
            double s = r * 0.5;
            c.add("<polygon points=\"%s,%s %s,%s %s,%s %s,%s %s,%s %s,%s\" fill=\"%s\" stroke=\"%s\""
                            + " stroke-width=\"1.2\"/>",
                    n(cx - s), n(cy + s), n(cx - s * 0.4), n(cy - s), n(cx + s * 0.1), n(cy + s * 0.2),
                    n(cx + s), n(cy - s), n(cx + s * 0.4), n(cy + s), n(cx - s * 0.1), n(cy - s * 0.2),
                    fill, stroke);
        }
    }

    private static void drawGateway(Canvas c, Gateway gateway, double x, double y, double w, double h, String fill,
                                    String stroke, double emphasis) {
        double cx = x + w / 2;
        double cy = y + h / 2;
        c.add("<polygon points=\"%s,%s %s,%s %s,%s %s,%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\""
                        + " stroke-linejoin=\"round\"/>",
                n(cx), n(y), n(x + w), n(cy), n(cx), n(y + h), n(x), n(cy), fill, stroke, n(2 + emphasis));
        if (gateway instanceof ExclusiveGateway) {
            double d = w * 0.18;
            c.add("<path d=\"M %s %s L %s %s M %s %s L %s %s\" stroke=\"%s\" stroke-width=\"3.5\""
                            + " stroke-linecap=\"round\"/>",
                    n(cx - d), n(cy - d), n(cx + d), n(cy + d), n(cx + d), n(cy - d), n(cx - d), n(cy + d), stroke);
        } else if (gateway instanceof ParallelGateway) {
            double d = w * 0.24;
            c.add("<path d=\"M %s %s L %s %s M %s %s L %s %s\" stroke=\"%s\" stroke-width=\"3.5\""
                            + " stroke-linecap=\"round\"/>",
                    n(cx), n(cy - d), n(cx), n(cy + d), n(cx - d), n(cy), n(cx + d), n(cy), stroke);
        } else if (gateway instanceof InclusiveGateway) {
            c.add("<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"/>",
                    n(cx), n(cy), n(w * 0.24), stroke);
        } else if (gateway instanceof EventBasedGateway) {
            c.add("<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1\"/>",
                    n(cx), n(cy), n(w * 0.26), stroke);
            c.add("<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1\"/>",
                    n(cx), n(cy), n(w * 0.21), stroke);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                double angle = Math.toRadians(-90 + 72 * i);
                points.append(i == 0 ? "" : " ").append(n(cx + Math.cos(angle) * w * 0.13)).append(',')
                        .append(n(cy + Math.sin(angle) * w * 0.13));
            }
            c.add("<polygon points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.2\"/>", points, stroke);
        }
    }

    /** The label of an event, gateway or data element: in its DI label bounds, else centred below the shape. */
    private static void outsideLabel(Canvas c, BpmnShape shape, String name) {
        if (name == null) {
            return;
        }
        Bounds label = labelBounds(shape.getBpmnLabel());
        Bounds b = shape.getBounds();
        if (label != null) {
            List<String> lines = wrap(name, Math.max(label.getWidth(), 40), LABEL_FONT);
            c.textBlock(lines, label.getX() + label.getWidth() / 2, label.getY(), LABEL_FONT, "middle", INK);
        } else {
            List<String> lines = wrap(name, Math.max(b.getWidth(), 90), LABEL_FONT);
            c.textBlock(lines, b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() + 5, LABEL_FONT, "middle", INK);
        }
    }

    private static Bounds labelBounds(BpmnLabel label) {
        return label == null || label.getBounds() == null ? null : label.getBounds();
    }

    private static void drawEdge(Canvas c, BpmnEdge edge, Progress progress) {
        BaseElement element = edge.getBpmnElement();
        List<double[]> points = new ArrayList<>();
        for (Waypoint waypoint : edge.getWaypoints()) {
            points.add(new double[] {waypoint.getX(), waypoint.getY()});
            c.include(waypoint.getX(), waypoint.getY(), waypoint.getX(), waypoint.getY());
        }
        if (points.size() < 2) {
            return;
        }
        String name = nameOf(element);
        String state = null;
        String stroke = FLOW_STROKE;
        double width = 1.5;
        String dash = "";
        boolean arrow = true;
        if (element instanceof SequenceFlow flow) {
            if (flow.getSource() != null && flow.getTarget() != null
                    && progress.taken(flow.getSource().getId(), flow.getTarget().getId())) {
                state = CLASS_TAKEN;
                stroke = TAKEN_STROKE;
                width = 2.5;
            }
        } else if (element instanceof MessageFlow) {
            stroke = INK;
            dash = " stroke-dasharray=\"8 5\"";
        } else if (element instanceof Association || element instanceof DataAssociation) {
            stroke = INK;
            dash = " stroke-dasharray=\"2 3\"";
            arrow = element instanceof DataAssociation;
        }
        c.open(element.getId(), typeOf(element), state, name);
        StringBuilder path = new StringBuilder();
        for (double[] p : points) {
            path.append(path.isEmpty() ? "" : " ").append(n(p[0])).append(',').append(n(p[1]));
        }
        c.add("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\"%s/>",
                path, stroke, n(width), dash);
        if (arrow) {
            double[] tip = points.get(points.size() - 1);
            double[] from = points.get(points.size() - 2);
            double angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
            double length = 10;
            double spread = Math.toRadians(25);
            double lx = tip[0] - length * Math.cos(angle - spread);
            double ly = tip[1] - length * Math.sin(angle - spread);
            double rx = tip[0] - length * Math.cos(angle + spread);
            double ry = tip[1] - length * Math.sin(angle + spread);
            c.add("<polygon points=\"%s,%s %s,%s %s,%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>",
                    n(tip[0]), n(tip[1]), n(lx), n(ly), n(rx), n(ry), stroke, stroke);
        }
        if (name != null) {
            Bounds label = labelBounds(edge.getBpmnLabel());
            if (label != null) {
                List<String> lines = wrap(name, Math.max(label.getWidth(), 40), LABEL_FONT);
                c.textBlock(lines, label.getX() + label.getWidth() / 2, label.getY(), LABEL_FONT, "middle", INK);
            } else {
                int middle = (points.size() - 1) / 2;
                double[] a = points.get(middle);
                double[] b = points.get(middle + 1);
                List<String> lines = wrap(name, 90, LABEL_FONT);
                c.textBlock(lines, (a[0] + b[0]) / 2 + 4, (a[1] + b[1]) / 2 + 2, LABEL_FONT, "start", INK);
            }
        }
        c.close();
    }

    // ---------------------------------------------------------------------------------------------
    // Text

    private static double lineHeight(double fontSize) {
        return Math.round(fontSize * 1.2 * 10) / 10.0;
    }

    /** Rough advance width: CJK and full-width characters one em, others a bit over half an em. */
    private static double charWidth(int codePoint, double fontSize) {
        if (codePoint == ' ') {
            return fontSize * 0.3;
        }
        return isWide(codePoint) ? fontSize : fontSize * 0.56;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Closing punctuation that should not start a line; it may hang over the end of the previous one. */
    private static boolean isClosingPunctuation(int cp) {
        return "，。、；：？！）》」』】〉,.;:?!)]".indexOf(cp) >= 0;
    }

    private static double width(String text, double fontSize) {
        return text.codePoints().mapToDouble(cp -> charWidth(cp, fontSize)).sum();
    }

    /**
     * Wraps text into lines no wider than {@code maxWidth}: Chinese (and other wide) characters may break
     * anywhere, Latin words break at spaces unless a word alone is too wide. Line breaks in the name are kept.
     */
    static List<String> wrap(String text, double maxWidth, double fontSize) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n")) {
            wrapParagraph(paragraph.trim(), maxWidth, fontSize, lines);
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static void wrapParagraph(String text, double maxWidth, double fontSize, List<String> lines) {
        // Tokens: a single wide character, a run of narrow non-space characters, or a space.
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == ' ' || cp == '\t' || isWide(cp)) {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(cp == '\t' ? " " : new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        boolean pendingSpace = false;
        for (String token : tokens) {
            if (token.equals(" ")) {
                pendingSpace = !line.isEmpty();
                continue;
            }
            double space = pendingSpace ? charWidth(' ', fontSize) : 0;
            double tokenWidth = width(token, fontSize);
            boolean hangs = token.codePointCount(0, token.length()) == 1 && isClosingPunctuation(token.codePointAt(0));
            if (line.isEmpty() || lineWidth + space + tokenWidth <= maxWidth || hangs) {
                if (line.isEmpty() && tokenWidth > maxWidth) {
                    lineWidth = splitLongWord(token, maxWidth, fontSize, lines, line);
                } else {
                    line.append(pendingSpace ? " " : "").append(token);
                    lineWidth += space + tokenWidth;
                }
            } else {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = tokenWidth > maxWidth ? splitLongWord(token, maxWidth, fontSize, lines, line) : tokenWidth;
                if (line.isEmpty()) {
                    line.append(token);
                }
            }
            pendingSpace = false;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }

    /** Breaks a word wider than a line by characters; the rest stays in {@code line}; returns its width. */
    private static double splitLongWord(String token, double maxWidth, double fontSize, List<String> lines,
                                        StringBuilder line) {
        double lineWidth = 0;
        for (int cp : token.codePoints().toArray()) {
            double w = charWidth(cp, fontSize);
            if (!line.isEmpty() && lineWidth + w > maxWidth && !isClosingPunctuation(cp)) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.appendCodePoint(cp);
            lineWidth += w;
        }
        return lineWidth;
    }

    /** Keeps as many lines as fit the height; the last kept one ends with an ellipsis when some are dropped. */
    private static List<String> fit(List<String> lines, double height, double fontSize) {
        int max = Math.max(1, (int) Math.floor(height / lineHeight(fontSize)));
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        String last = kept.get(max - 1);
        int cut = last.length() > 1 ? last.offsetByCodePoints(last.length(), -1) : last.length();
        kept.set(max - 1, last.substring(0, cut) + "…");
        return kept;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot carry are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A coordinate: integers without decimals, others with one. */
    private static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** Collects the SVG body and the extent of everything drawn. */
    private static final class Canvas {

        private final StringBuilder body = new StringBuilder();
        private double minX = Double.POSITIVE_INFINITY;
        private double minY = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY;
        private double maxY = Double.NEGATIVE_INFINITY;

        void include(double x1, double y1, double x2, double y2) {
            minX = Math.min(minX, Math.min(x1, x2));
            minY = Math.min(minY, Math.min(y1, y2));
            maxX = Math.max(maxX, Math.max(x1, x2));
            maxY = Math.max(maxY, Math.max(y1, y2));
        }

        /** Raw markup; every argument must already be a number or escaped text. */
        void add(String format, Object... args) {
            body.append("    ").append(String.format(Locale.ROOT, format, args)).append('\n');
        }

        void open(String id, String type, String state, String name) {
            body.append("  <g data-element-id=\"").append(escape(id)).append("\" data-element-type=\"")
                    .append(escape(type)).append('"');
            if (state != null) {
                body.append(" class=\"").append(state).append('"');
            }
            body.append(">\n    <title>").append(escape(name == null ? id : oneLine(name))).append("</title>\n");
        }

        void close() {
            body.append("  </g>\n");
        }

        /** Lines from {@code top} down; {@code x} is the left edge ("start") or the centre ("middle"). */
        void textBlock(List<String> lines, double x, double top, double fontSize, String anchor, String colour) {
            double lh = lineHeight(fontSize);
            StringBuilder text = new StringBuilder();
            text.append("<text font-size=\"").append(n(fontSize)).append("\" text-anchor=\"").append(anchor)
                    .append("\" fill=\"").append(colour).append("\">");
            double widest = 0;
            for (int i = 0; i < lines.size(); i++) {
                text.append("<tspan x=\"").append(n(x)).append("\" y=\"").append(n(top + i * lh + fontSize * 0.9))
                        .append("\">").append(escape(lines.get(i))).append("</tspan>");
                widest = Math.max(widest, width(lines.get(i), fontSize));
            }
            text.append("</text>");
            body.append("    ").append(text).append('\n');
            double left = "middle".equals(anchor) ? x - widest / 2 : x;
            include(left, top, left + widest, top + lines.size() * lh);
        }

        String toSvg(String title) {
            if (minX > maxX) {
                include(0, 0, 200, 40);
                body.append("  <text x=\"100\" y=\"24\" font-size=\"12\" text-anchor=\"middle\" fill=\"")
                        .append(INK).append("\">No diagram</text>\n");
            }
            double x = Math.floor(minX - MARGIN);
            double y = Math.floor(minY - MARGIN);
            double w = Math.ceil(maxX + MARGIN) - x;
            double h = Math.ceil(maxY + MARGIN) - y;
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" role=\"img\""
                    + " viewBox=\"" + n(x) + " " + n(y) + " " + n(w) + " " + n(h) + "\""
                    + " width=\"" + n(w) + "\" height=\"" + n(h) + "\""
                    + " font-family=\"" + escape(FONT_FAMILY) + "\">\n"
                    + "  <title>" + escape(title == null ? "" : oneLine(title)) + "</title>\n"
                    + "  <rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h)
                    + "\" fill=\"#ffffff\"/>\n"
                    + body
                    + "</svg>\n";
        }
    }
}
