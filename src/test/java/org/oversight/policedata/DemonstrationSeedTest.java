package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first start loads 36 months of demonstration data through the importer, labelled as such. */
@SpringBootTest(properties = "oversight.seed.demonstration-data=true")
class DemonstrationSeedTest {

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsThirtySixMonthsOfEveryKindMarkedAsDemonstrationData() {
        List<ImportBatch> batches = policeData.batches();

        assertThat(batches).hasSize(108).allSatisfy(batch -> {
            assertThat(batch.demonstration()).isTrue();
            assertThat(batch.force()).isEqualTo("west-midlands");
            assertThat(batch.fileName()).startsWith("demonstration-data/" + batch.month() + "/");
        });
        assertThat(batches.stream().map(ImportBatch::month).distinct())
                .hasSize(36)
                .contains(YearMonth.of(2012, 4), YearMonth.of(2015, 3));
        assertThat(policeData.hasDemonstrationData()).isTrue();
    }

    @Test
    void burglaryRunsAtTheLevelsTheBoardReportedIn2014() {
        List<Long> burglaryIn2014 = jdbc.sql(
                        """
                        SELECT sum(n) FROM policedata.street_count
                        WHERE crime_type = 'Burglary' AND month BETWEEN DATE '2014-01-01' AND DATE '2014-12-01'
                        GROUP BY month
                        """)
                .query(Long.class)
                .list();
        assertThat(burglaryIn2014).hasSize(12).allSatisfy(n -> assertThat(n).isBetween(700L, 1000L));
    }

    @Test
    void everyStoredRowIsCountedForPerformanceWork() {
        long rows = jdbc.sql("SELECT count(*) FROM policedata.street_crime")
                .query(Long.class)
                .single();
        long counted = jdbc.sql("SELECT sum(n) FROM policedata.street_count")
                .query(Long.class)
                .single();
        assertThat(counted).isEqualTo(rows).isGreaterThan(300_000);
    }
}
