package org.oversight.policedata.completeness;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.oversight.policedata.MonthMark;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Analysts' marks on months, by force, kind and month. */
@Repository
class MonthMarks {

    private final JdbcClient jdbc;

    MonthMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<YearMonth, MonthMark> all(String force, PoliceDataKind kind) {
        Map<YearMonth, MonthMark> marks = new TreeMap<>();
        jdbc.sql("SELECT month, complete, note, marked_by, marked_at FROM policedata.month_mark"
                        + " WHERE force_slug = :force AND kind = :kind")
                .param("force", force)
                .param("kind", kind.slug())
                .query(rs -> {
                    marks.put(
                            YearMonth.from(rs.getObject("month", LocalDate.class)),
                            new MonthMark(
                                    rs.getBoolean("complete"),
                                    rs.getString("note"),
                                    rs.getString("marked_by"),
                                    rs.getTimestamp("marked_at").toInstant()));
                });
        return marks;
    }

    void put(String force, PoliceDataKind kind, YearMonth month, MonthMark mark) {
        jdbc.sql(
                        """
                        INSERT INTO policedata.month_mark (force_slug, kind, month, complete, note, marked_by, marked_at)
                        VALUES (:force, :kind, :month, :complete, :note, :by, :at)
                        ON CONFLICT (force_slug, kind, month) DO UPDATE
                        SET complete = excluded.complete, note = excluded.note, marked_by = excluded.marked_by,
                            marked_at = excluded.marked_at
                        """)
                .param("force", force)
                .param("kind", kind.slug())
                .param("month", month.atDay(1))
                .param("complete", mark.complete())
                .param("note", mark.note())
                .param("by", mark.markedBy())
                .param("at", Timestamp.from(mark.markedAt()))
                .update();
    }

    /** Removes the mark; false when there was none. */
    boolean remove(String force, PoliceDataKind kind, YearMonth month) {
        return jdbc.sql(
                                "DELETE FROM policedata.month_mark WHERE force_slug = :force AND kind = :kind AND month = :month")
                        .param("force", force)
                        .param("kind", kind.slug())
                        .param("month", month.atDay(1))
                        .update()
                > 0;
    }
}
