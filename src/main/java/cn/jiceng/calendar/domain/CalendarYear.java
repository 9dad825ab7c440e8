package cn.jiceng.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Marks a year whose holiday schedule is known. A year without this row is counted Monday–Friday
 * with a visible warning, never silently.
 */
@Entity
@Table(name = "work_calendar_year")
public class CalendarYear {

    @Id
    @Column(name = "cal_year")
    private int year;

    /** Where the data came from: the shipped file or the administrator who imported it. */
    @Column(name = "source", nullable = false, length = 100)
    private String source;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarYear() {
    }

    public CalendarYear(int year, String source, Instant updatedAt) {
        this.year = year;
        this.source = source;
        this.updatedAt = updatedAt;
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void update(String source, Instant at) {
        this.source = source;
        this.updatedAt = at;
    }
}
