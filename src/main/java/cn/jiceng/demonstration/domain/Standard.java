package cn.jiceng.demonstration.domain;

import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard of a definition, indexed: its items in order, each with its top-level category.
 * Built once per definition version and kept by the definition service.
 */
public final class Standard {

    private final ProgramDefinition definition;
    private final Map<String, Indicator> items = new LinkedHashMap<>();
    private final Map<String, String> categoryOf = new LinkedHashMap<>();
    private final Map<String, Indicator> categories = new LinkedHashMap<>();

    public Standard(ProgramDefinition definition) {
        this.definition = definition;
        if (definition.standard() != null) {
            for (Indicator category : definition.standard()) {
                categories.put(category.code(), category);
                index(category, category.code());
            }
        }
    }

    private void index(Indicator node, String category) {
        if (node.isCategory()) {
            node.items().forEach(i -> index(i, category));
        } else {
            items.put(node.code(), node);
            categoryOf.put(node.code(), category);
        }
    }

    public ProgramDefinition definition() {
        return definition;
    }

    public List<Indicator> items() {
        return List.copyOf(items.values());
    }

    public Optional<Indicator> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    public String categoryOf(String itemCode) {
        return categoryOf.get(itemCode);
    }

    public Map<String, Indicator> categories() {
        return Collections.unmodifiableMap(categories);
    }

    public int size() {
        return items.size();
    }

    /** Items scored by the survey ({@code "survey": true}). */
    public List<Indicator> surveyItems() {
        List<Indicator> out = new ArrayList<>();
        items.values().stream().filter(Indicator::isSurvey).forEach(out::add);
        return out;
    }
}
