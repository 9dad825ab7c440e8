package cn.jiceng.dashboard.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** ECharts options as JSON, built with Jackson: bar and line charts over one category axis. */
final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A series: its legend name, its values (one per category), "bar" or "line". */
    record Series(String name, List<? extends Number> values, String type) {
        static Series bar(String name, List<? extends Number> values) {
            return new Series(name, values, "bar");
        }

        static Series line(String name, List<? extends Number> values) {
            return new Series(name, values, "line");
        }
    }

    private ChartOptions() {
    }

    /** Categories on the x axis (horizontal: on the y axis, for long labels), one or more series. */
    static String categories(List<String> categories, boolean horizontal, List<Series> series) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("tooltip").put("trigger", "axis");
        if (series.size() > 1) {
            root.putObject("legend").put("top", 0);
        }
        ObjectNode grid = root.putObject("grid");
        grid.put("left", horizontal ? 12 : 40).put("right", 24).put("top", series.size() > 1 ? 32 : 16).put("bottom", 24)
                .put("containLabel", true);
        ObjectNode categoryAxis = JSON.createObjectNode().put("type", "category");
        ArrayNode data = categoryAxis.putArray("data");
        categories.forEach(data::add);
        ObjectNode valueAxis = JSON.createObjectNode().put("type", "value").put("minInterval", 1);
        if (horizontal) {
            categoryAxis.put("inverse", true);
            root.set("xAxis", valueAxis);
            root.set("yAxis", categoryAxis);
        } else {
            categoryAxis.putObject("axisLabel").put("interval", 0).put("rotate", categories.size() > 6 ? 30 : 0);
            root.set("xAxis", categoryAxis);
            root.set("yAxis", valueAxis);
        }
        ArrayNode list = root.putArray("series");
        for (Series s : series) {
            ObjectNode node = list.addObject().put("name", s.name()).put("type", s.type());
            if ("bar".equals(s.type())) {
                node.put("barMaxWidth", 36);
                node.putObject("label").put("show", true).put("position", horizontal ? "right" : "top");
            } else {
                node.put("smooth", false).putObject("label").put("show", true);
            }
            ArrayNode values = node.putArray("data");
            s.values().forEach(v -> values.add(v.doubleValue()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
