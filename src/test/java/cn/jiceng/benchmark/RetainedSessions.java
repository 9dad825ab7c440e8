package cn.jiceng.benchmark;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.ObjectArrayInstance;
import org.netbeans.lib.profiler.heap.ObjectFieldValue;

/**
 * What a signed-in UI session retains, read from a heap dump through its dominator tree (VisualVM's
 * heap library): the objects that would be freed with the servlet session, and nothing shared with
 * other sessions or the application. A heap-growth figure also counts what caches took in meanwhile
 * (H2's page cache, Hibernate's and Connector/J's statement caches); this one does not.
 */
final class RetainedSessions {

    /** Retained bytes per signed-in session (a Vaadin session with a UI), and the Vaadin components that hold most of one. */
    record Result(List<Long> perSession, Map<String, Long> byComponent) {
        long median() {
            List<Long> sorted = perSession.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }
    }

    private RetainedSessions() {
    }

    static Result of(File dump) throws IOException {
        Heap heap = HeapFactory.createHeap(dump);
        List<Long> sizes = new ArrayList<>();
        Instance biggestUi = null;
        for (Instance session : instances(heap, "org.apache.catalina.session.StandardSession")) {
            Instance ui = uiOf(session);
            if (ui != null) {
                sizes.add(session.getRetainedSize());
                if (biggestUi == null || ui.getRetainedSize() > biggestUi.getRetainedSize()) {
                    biggestUi = ui;
                }
            }
        }
        Map<String, Long> byComponent = new HashMap<>();
        if (biggestUi != null) {
            walk(biggestUi, null, byComponent, new java.util.HashSet<>(), biggestUi.getRetainedSize());
        }
        return new Result(sizes, byComponent);
    }

    private static List<Instance> instances(Heap heap, String className) {
        JavaClass c = heap.getJavaClassByName(className);
        List<Instance> all = new ArrayList<>();
        if (c != null) {
            all.addAll(c.getInstances());
            for (Object sub : (Collection<?>) c.getSubClasses()) {
                all.addAll(((JavaClass) sub).getInstances());
            }
        }
        return all;
    }

    /** The UI of a servlet session that carries a Vaadin session with one, or null. */
    private static Instance uiOf(Instance session) {
        for (Instance value : reachable(session, 6)) {
            if (value.getJavaClass().getName().equals("com.vaadin.flow.component.UI")
                    || value.getJavaClass().getSuperClass() != null
                    && value.getJavaClass().getSuperClass().getName().equals("com.vaadin.flow.component.UI")) {
                return value;
            }
        }
        return null;
    }

    /** Objects within a few references of an object, breadth first, not leaving the objects it dominates. */
    private static List<Instance> reachable(Instance from, int depth) {
        List<Instance> out = new ArrayList<>();
        List<Instance> level = List.of(from);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int d = 0; d < depth && !level.isEmpty(); d++) {
            List<Instance> next = new ArrayList<>();
            for (Instance i : level) {
                for (Instance child : children(i)) {
                    if (child.getRetainedSize() < from.getRetainedSize() && seen.add(child.getInstanceId())) {
                        out.add(child);
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return out;
    }

    private static List<Instance> children(Instance i) {
        List<Instance> out = new ArrayList<>();
        if (i instanceof ObjectArrayInstance array) {
            for (Object o : array.getValues()) {
                if (o instanceof Instance child) {
                    out.add(child);
                }
            }
        } else {
            for (Object o : i.getFieldValues()) {
                if (o instanceof ObjectFieldValue v && v.getInstance() != null) {
                    out.add(v.getInstance());
                }
            }
        }
        return out;
    }

    /**
     * Shallow sizes below the UI summed per Vaadin component class (the component whose state node
     * is the nearest on the way down), approximating the dominator tree by "smaller retained size
     * than the parent": enough to tell which components cost most.
     */
    private static void walk(Instance i, String owner, Map<String, Long> byComponent, java.util.Set<Long> seen, long limit) {
        if (!seen.add(i.getInstanceId())) {
            return;
        }
        String name = i.getJavaClass().getName();
        String here = name.startsWith("com.vaadin.flow.component.") && !name.contains(".internal.") || name.startsWith("cn.jiceng.")
                ? name : owner;
        byComponent.merge(here == null ? "(UI internals)" : here, i.getSize(), Long::sum);
        for (Instance child : children(i)) {
            if (child.getRetainedSize() < limit) {
                walk(child, here, byComponent, seen, limit);
            }
        }
    }
}
