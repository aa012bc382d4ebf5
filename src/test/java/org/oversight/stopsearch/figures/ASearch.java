package org.oversight.stopsearch.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oversight.policedata.StopSearchCount;
import org.oversight.policedata.StopSearchField;

/** Builds stop and search records for tests: a person searched under PACE, no further action, unless told. */
final class ASearch {

    private final Map<StopSearchField, String> values = new EnumMap<>(StopSearchField.class);
    private YearMonth month = YearMonth.of(2024, 4);
    private String district = "";
    private long count = 1;

    private ASearch() {
        values.put(StopSearchField.TYPE, "Person search");
        values.put(StopSearchField.LEGISLATION, "Police and Criminal Evidence Act 1984 (section 1)");
        values.put(StopSearchField.OBJECT_OF_SEARCH, "Stolen goods");
        values.put(StopSearchField.OUTCOME, "A no further action disposal");
        values.put(StopSearchField.GENDER, "Male");
        values.put(StopSearchField.AGE_RANGE, "18-24");
        values.put(StopSearchField.SELF_DEFINED_ETHNICITY, "White - English/Welsh/Scottish/Northern Irish/British");
        values.put(StopSearchField.OFFICER_DEFINED_ETHNICITY, "White");
        values.put(StopSearchField.REMOVAL_OF_MORE_THAN_JUST_OUTER_CLOTHING, "False");
    }

    static ASearch aSearch() {
        return new ASearch();
    }

    ASearch with(StopSearchField field, String value) {
        values.put(field, value);
        return this;
    }

    ASearch selfDefined(String value) {
        return with(StopSearchField.SELF_DEFINED_ETHNICITY, value);
    }

    ASearch officerDefined(String value) {
        return with(StopSearchField.OFFICER_DEFINED_ETHNICITY, value);
    }

    ASearch outcome(String value) {
        return with(StopSearchField.OUTCOME, value);
    }

    ASearch legislation(String value) {
        return with(StopSearchField.LEGISLATION, value);
    }

    ASearch in(YearMonth value) {
        month = value;
        return this;
    }

    ASearch inDistrict(String value) {
        district = value;
        return this;
    }

    ASearch times(long value) {
        count = value;
        return this;
    }

    StopSearchCount build() {
        Map<StopSearchField, String> all = new EnumMap<>(values);
        all.put(
                StopSearchField.SELF_DEFINED_ETHNIC_GROUP,
                StopSearchField.broadEthnicGroup(values.get(StopSearchField.SELF_DEFINED_ETHNICITY)));
        return new StopSearchCount(month, district, all, count);
    }

    static Searches searches(ASearch... searches) {
        List<StopSearchCount> counts = new ArrayList<>();
        for (ASearch search : searches) {
            counts.add(search.build());
        }
        return new Searches(counts);
    }
}
