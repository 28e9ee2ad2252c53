package io.eswizard.ui.pages.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.collections.ModifiableObservableListBase;

/**
 * The lines on screen: an observable list that keeps at most {@code capacity} lines, appending a
 * batch and dropping the oldest in one change. FXCollections' list removes a range one element
 * at a time (each shifting the whole array): trimming 5,000 lines off a 50,000-line log costs
 * ~25 ms of FX-thread time per drain there; here a bulk add or remove is one array operation and
 * one change event.
 */
final class ScreenLog extends ModifiableObservableListBase<String> {

    private final ArrayList<String> lines = new ArrayList<>();
    private final int capacity;

    ScreenLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    /**
     * Appends the batch and drops the oldest lines beyond the capacity, as one change.
     *
     * @return how many lines left the screen (old lines, or the batch's own head if it alone is too big)
     */
    int append(List<String> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        // Only the newest `capacity` lines of the batch can stay; the rest never need to be added.
        int skip = Math.max(0, batch.size() - capacity);
        List<String> kept = skip == 0 ? batch : batch.subList(skip, batch.size());
        int excess = Math.max(0, lines.size() + kept.size() - capacity);
        beginChange();
        try {
            if (excess > 0) {
                removeRange(0, excess);
            }
            int from = lines.size();
            lines.addAll(kept);
            modCount++;
            nextAdd(from, lines.size());
        } finally {
            endChange();
        }
        return skip + excess;
    }

    @Override
    public boolean addAll(Collection<? extends String> c) {
        return addAll(lines.size(), c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends String> c) {
        Objects.checkIndex(index, lines.size() + 1);
        if (c.isEmpty()) {
            return false;
        }
        beginChange();
        try {
            lines.addAll(index, c);
            modCount++;
            nextAdd(index, index + c.size());
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    protected void removeRange(int from, int to) {
        Objects.checkFromToIndex(from, to, lines.size());
        if (from == to) {
            return;
        }
        beginChange();
        try {
            List<String> range = lines.subList(from, to);
            nextRemove(from, new ArrayList<>(range));
            range.clear();
            modCount++;
        } finally {
            endChange();
        }
    }

    @Override
    public String get(int index) {
        return lines.get(index);
    }

    @Override
    public int size() {
        return lines.size();
    }

    @Override
    protected void doAdd(int index, String element) {
        lines.add(index, element);
    }

    @Override
    protected String doSet(int index, String element) {
        return lines.set(index, element);
    }

    @Override
    protected String doRemove(int index) {
        return lines.remove(index);
    }
}
