package org.oversight.plan.web;

import java.util.List;
import org.oversight.plan.domain.Objective;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What differs between editing an objective's commitments and its measures; {@link ObjectiveItemEditor}
 * does the rest the same way for both.
 *
 * @param <I> the item (a commitment or a measure)
 * @param <F> the form that edits it
 */
interface ObjectiveItems<I, F extends Record> {

    /** The item in words: "commitment". */
    String noun();

    /** The items' part of the address: "commitments". */
    String path();

    /** The template fragment holding the form's fields: "plan/commitment-fields". */
    String fields();

    List<I> of(Objective objective);

    /** The objective with the item at {@code index} replaced, or appended when index is the list's size. */
    Objective with(Objective objective, int index, I item);

    Objective without(Objective objective, int index);

    /** An empty form for adding an item. */
    F newForm(int lock);

    /** The form showing an item as stored. */
    F form(I item, int lock);

    /**
     * The item the form describes, or null with the problems added to {@code errors}; {@code current}
     * is the item being changed (null when adding).
     */
    I item(F form, I current, BindingResult errors);

    /** Anything else the form needs (the choices of a select, the target now). */
    void describe(Model model, F form, I current);
}
