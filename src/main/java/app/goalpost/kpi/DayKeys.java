package app.goalpost.kpi;

/**
 * A set of (KPI, day) keys with an int per key (the line where it was first seen), as open addressing over two
 * primitive arrays: 24 bytes a row at most, where a {@code HashMap<String, Integer>} costs about 150. A million-row
 * import needs about 24 MB for its duplicate check.
 */
final class DayKeys {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    DayKeys() {
        keys = new long[1024];
        values = new int[1024];
        java.util.Arrays.fill(keys, EMPTY);
    }

    static long key(int kpiIndex, java.time.LocalDate date) {
        return ((long) kpiIndex << 32) | (date.toEpochDay() & 0xffffffffL);
    }

    /** The value stored for the key, or {@code value} stored now and -1 returned when the key is new. */
    int putIfAbsent(long key, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(key, keys);
        if (keys[i] == key) {
            return values[i];
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return -1;
    }

    boolean contains(long key) {
        return keys[slot(key, keys)] == key;
    }

    private static int slot(long key, long[] table) {
        int mask = table.length - 1;
        int i = (int) (mix(key) & mask);
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j], keys);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
