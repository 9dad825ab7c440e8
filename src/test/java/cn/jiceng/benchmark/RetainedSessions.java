package cn.jiceng.benchmark;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /** Retained bytes per signed-in session (a Vaadin session with a UI). */
    record Result(List<Long> perSession) {
        long median() {
            List<Long> sorted = perSession.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }
    }

    private RetainedSessions() {
    }

    /** Reads a heap dump given as the argument (e.g. one kept with {@code bench.heapDump}) and prints the figures. */
    public static void main(String[] args) throws IOException {
        Result r = of(new File(args[0]));
        System.out.printf("%d signed-in sessions, median %.1f KB retained%n", r.perSession().size(), r.median() / 1024.0);
    }

    static Result of(File dump) throws IOException {
        Heap heap = HeapFactory.createHeap(dump);
        List<Long> sizes = new ArrayList<>();
        for (Instance session : instances(heap, "org.apache.catalina.session.StandardSession")) {
            Instance ui = uiOf(session);
            if (ui != null) {
                sizes.add(session.getRetainedSize());
            }
        }
        return new Result(sizes);
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
        for (Instance value : reachable(session, 10)) {
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
}
