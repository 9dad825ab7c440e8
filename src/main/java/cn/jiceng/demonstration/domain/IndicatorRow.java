package cn.jiceng.demonstration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A node of a definition version's standard, as a row (categories and items), for queries over scores. */
@Entity
@Table(name = "dem_indicator")
public class IndicatorRow {

    public static final String CATEGORY = "CATEGORY";
    public static final String ITEM = "ITEM";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "definition_id", nullable = false)
    private Long definitionId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "parent_code", length = 40)
    private String parentCode;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "max_points", precision = 9, scale = 2)
    private BigDecimal maxPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_type", nullable = false, length = 12)
    private CheckType checkType;

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_class", nullable = false, length = 12)
    private IndicatorClass indicatorClass;

    @Column(nullable = false)
    private boolean survey;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected IndicatorRow() {
    }

    public IndicatorRow(Long definitionId, String code, String parentCode, String categoryCode, String kind, String name,
                        BigDecimal maxPoints, CheckType checkType, IndicatorClass indicatorClass, boolean survey,
                        int sortOrder) {
        this.definitionId = definitionId;
        this.code = code;
        this.parentCode = parentCode;
        this.categoryCode = categoryCode;
        this.kind = kind;
        this.name = name;
        this.maxPoints = maxPoints;
        this.checkType = checkType;
        this.indicatorClass = indicatorClass;
        this.survey = survey;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public Long getDefinitionId() { return definitionId; }
    public String getCode() { return code; }
    public String getParentCode() { return parentCode; }
    public String getCategoryCode() { return categoryCode; }
    public String getKind() { return kind; }
    public String getName() { return name; }
    public BigDecimal getMaxPoints() { return maxPoints; }
    public CheckType getCheckType() { return checkType; }
    public IndicatorClass getIndicatorClass() { return indicatorClass; }
    public boolean isSurvey() { return survey; }
    public int getSortOrder() { return sortOrder; }
}
