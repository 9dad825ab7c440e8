package cn.jiceng.calendar.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

    List<CalendarYear> findAllByOrderByYearDesc();
}
