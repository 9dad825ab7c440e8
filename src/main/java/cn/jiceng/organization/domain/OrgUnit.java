package cn.jiceng.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A unit of the organisation tree. {@code path} is a materialised path of codes
 * ({@code /220000/220100/220103/}) so that "this unit and everything below it" is one
 * index-friendly {@code LIKE 'prefix%'} query.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 24)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 20)
    private OrgLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 20)
    private UnitType type;

    @Column(name = "parent_code", length = 24)
    private String parentCode;

    @Column(nullable = false, unique = true, length = 200)
    private String path;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, OrgLevel level, UnitType type, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.type = type;
        this.parentCode = parent == null ? null : parent.getCode();
        this.path = (parent == null ? "/" : parent.getPath()) + code + "/";
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrgLevel getLevel() {
        return level;
    }

    public UnitType getType() {
        return type;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getPath() {
        return path;
    }

    /** True if {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other != null && other.path.startsWith(path);
    }

    public boolean containsPath(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrgUnit other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
