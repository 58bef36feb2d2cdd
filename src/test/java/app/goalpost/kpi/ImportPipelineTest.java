package app.goalpost.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Reading on one thread while writing on the caller's: every item in order, and a failure on either side stops both. */
class ImportPipelineTest {

    @Test
    void everyItemIsWrittenInOrderInChunksOnTheCallersThread() {
        List<Integer> written = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Thread caller = Thread.currentThread();
        long n = ImportPipeline.<Integer>run(items -> {
            for (int i = 0; i < 10_500; i++) {
                items.accept(i);
            }
        }, 1000, chunk -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            sizes.add(chunk.size());
            written.addAll(chunk);
        });
        assertThat(n).isEqualTo(10_500);
        assertThat(sizes).hasSize(11).endsWith(500);
        assertThat(written).hasSize(10_500).isSorted();
    }

    @Test
    void aReadersFailureReachesTheCallerAfterTheChunksBeforeIt() {
        List<Integer> written = new ArrayList<>();
        assertThatThrownBy(() -> ImportPipeline.<Integer>run(items -> {
            for (int i = 0; i < 2500; i++) {
                items.accept(i);
            }
            throw new IllegalArgumentException("bad file");
        }, 1000, written::addAll)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad file");
        assertThat(written).hasSize(2000);
    }

    @Test
    void aWritersFailureStopsTheReader() {
        AtomicInteger read = new AtomicInteger();
        assertThatThrownBy(() -> ImportPipeline.<Integer>run(items -> {
            for (int i = 0; i < 1_000_000; i++) {
                items.accept(i);
                read.incrementAndGet();
            }
        }, 100, chunk -> {
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        // at most the chunks in flight were read past the failure
        assertThat(read.get()).isLessThan(1_000);
        assertThatThrownBy(() -> ImportPipeline.<Integer>run(items -> {
            throw new CancellationException("stopped");
        }, 10, chunk -> { })).isInstanceOf(CancellationException.class);
    }
}
