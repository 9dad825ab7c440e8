package cn.jiceng.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * An Apache ECharts chart. The library comes from the webjar (no npm build), loaded by the page
 * once; the option is JSON built on the server ({@link ChartOptions}) and handed to
 * {@code setOption}. The chart follows its element's size (a ResizeObserver, so it resizes when
 * attached, shown or when the window changes) and reports clicks on a data item by its index.
 */
@Tag("div")
public class EChart extends Component implements HasSize {

    /** Spring Boot serves webjars under /webjars/; "context://" resolves against the app's context path. */
    public static final String LIBRARY = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final String DRAW = """
            const el = this;
            const option = JSON.parse($0);
            const draw = (tries) => {
              if (!window.echarts) {
                if (tries < 200) { setTimeout(() => draw(tries + 1), 50); }
                return;
              }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              chart.setOption(option, true);
              if (!el.__jicengChart) {
                el.__jicengChart = true;
                chart.on('click', p => el.dispatchEvent(new CustomEvent('chart-click', {detail: p.dataIndex})));
                new ResizeObserver(() => chart.resize()).observe(el);
              }
              el.setAttribute('data-drawn', 'true');
            };
            draw(0);
            """;

    private final List<IntConsumer> clickListeners = new ArrayList<>();
    private String option;

    public EChart() {
        setWidthFull();
        setHeight("320px");
        getElement().addEventListener("chart-click", e -> {
            int index = (int) e.getEventData().getNumber("event.detail");
            clickListeners.forEach(l -> l.accept(index));
        }).addEventData("event.detail");
    }

    /** The chart's option (ECharts JSON); drawn now if attached, else on attach. */
    public void setOption(String json) {
        this.option = json;
        if (isAttached()) {
            draw();
        }
    }

    /** Called with the index of the clicked data item (a bar, a point). */
    public Registration addItemClickListener(IntConsumer listener) {
        clickListeners.add(listener);
        return () -> clickListeners.remove(listener);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(LIBRARY);
        if (option != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs(DRAW, option);
    }
}
