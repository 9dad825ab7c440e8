package cn.jiceng.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    @Modifying
    @Query("delete from CalendarDay d where d.date between :from and :to")
    int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
