package cn.jiceng.demonstration.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One version of a program definition as imported: the file (UTF-8 JSON) and what lists show.
 * Never changed after import: a changed file becomes the next version, and a program keeps the
 * version it was started with.
 */
@Entity
@Table(name = "dem_definition")
public class StoredDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(name = "def_version", nullable = false)
    private int definitionVersion;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 100)
    private String city;

    @Column(name = "target_level", nullable = false, length = 20)
    private String targetLevel;

    @Column(name = "outcome_model", nullable = false, length = 20)
    private String outcomeModel;

    @Column(name = "total_points", nullable = false, precision = 9, scale = 2)
    private BigDecimal totalPoints;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = Integer.MAX_VALUE)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected StoredDefinition() {
    }

    public StoredDefinition(String code, int definitionVersion, String name, String city, String targetLevel,
                            String outcomeModel, BigDecimal totalPoints, int itemCount, byte[] content, String sha256,
                            String importedBy, Instant importedAt) {
        this.code = code;
        this.definitionVersion = definitionVersion;
        this.name = name;
        this.city = city;
        this.targetLevel = targetLevel;
        this.outcomeModel = outcomeModel;
        this.totalPoints = totalPoints;
        this.itemCount = itemCount;
        this.content = content;
        this.sha256 = sha256;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getDefinitionVersion() { return definitionVersion; }
    public String getName() { return name; }
    public String getCity() { return city; }
    public String getTargetLevel() { return targetLevel; }
    public String getOutcomeModel() { return outcomeModel; }
    public BigDecimal getTotalPoints() { return totalPoints; }
    public int getItemCount() { return itemCount; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
    public String getImportedBy() { return importedBy; }
    public Instant getImportedAt() { return importedAt; }
}
