package org.oversight.board.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.board.ActionPlanItemUpdated;
import org.oversight.board.ActionPlansLoaded;
import org.oversight.plan.ExamplePlansLoaded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The summits' action plans: read by the Board, progress updated by analysts; the four plans of
 * seed 000 (appendices A–D) are loaded as example data when the example plans are loaded.
 */
@Service
public class ActionPlans {

    static final String EXAMPLES = "board/examples/summit-action-plans.yaml";
    static final String BY = "example-data";
    static final int MAX_PROGRESS = 4000;

    private final ActionPlanRepository plans;
    private final ActionPlanItemRepository items;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActionPlans(
            ActionPlanRepository plans, ActionPlanItemRepository items, Clock clock, ApplicationEventPublisher events) {
        this.plans = plans;
        this.items = items;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ActionPlan> all() {
        return plans.findAllByOrderByPosition();
    }

    @Transactional(readOnly = true)
    public Optional<ActionPlan> find(String code) {
        return plans.findByCode(code);
    }

    @Transactional(readOnly = true)
    public List<ActionPlanItem> items(ActionPlan plan) {
        return items.findByActionPlanIdOrderByPosition(plan.id());
    }

    /** Records progress on an action (blank clears it). */
    @Transactional
    public ActionPlanItem updateProgress(String code, int position, String progress, String by) {
        ActionPlan plan = find(code).orElseThrow(() -> new IllegalArgumentException("there is no action plan " + code));
        ActionPlanItem item = items(plan).stream()
                .filter(i -> i.position() == position)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the action plan has no action " + position));
        if (progress != null && progress.length() > MAX_PROGRESS) {
            throw new IllegalArgumentException("progress: at most 4,000 characters");
        }
        String cleaned =
                progress == null || progress.isBlank() ? null : progress.strip().replace("\r\n", "\n");
        ActionPlanItem saved = items.save(new ActionPlanItem(
                item.id(),
                item.actionPlanId(),
                item.position(),
                item.number(),
                item.action(),
                item.lead(),
                item.timescale(),
                cleaned,
                by,
                clock.instant(),
                item.version()));
        events.publishEvent(new ActionPlanItemUpdated(code, position, by, item.progress(), cleaned));
        return saved;
    }

    /** Loads the example action plans with the example plans, once (when there are none yet). */
    @EventListener
    @Transactional
    public void loadExamples(ExamplePlansLoaded loaded) {
        if (!plans.findAll().isEmpty()) {
            return;
        }
        Map<String, Object> file = read();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) file.get("plans");
        int position = 0;
        int actions = 0;
        for (Map<String, Object> entry : entries) {
            ActionPlan plan = plans.save(new ActionPlan(
                    null,
                    (String) entry.get("code"),
                    (String) entry.get("title"),
                    (String) entry.get("subtitle"),
                    (String) entry.get("source"),
                    true,
                    ++position,
                    null));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) entry.get("actions");
            int row = 0;
            for (Map<String, Object> action : rows) {
                items.save(new ActionPlanItem(
                        null,
                        plan.id(),
                        ++row,
                        (String) action.get("number"),
                        (String) action.get("action"),
                        (String) action.get("lead"),
                        (String) action.get("timescale"),
                        (String) action.get("progress"),
                        null,
                        null,
                        null));
                actions++;
            }
        }
        events.publishEvent(new ActionPlansLoaded(position, actions, BY));
    }

    static Map<String, Object> read() {
        try (InputStream input = new ClassPathResource(EXAMPLES).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + EXAMPLES, e);
        }
    }
}
