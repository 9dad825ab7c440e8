package cn.jiceng.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One exception to the Monday–Friday rule: a holiday or an adjusted working day. */
@Entity
@Table(name = "work_calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "day_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_kind", nullable = false, length = 10)
    private DayKind kind;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate date, DayKind kind, String name) {
        this.date = date;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
