package dev.molt.workers.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * An exclusive lock on {@code ROOT/run.lock}, so sweeps sharing a state directory queue instead of
 * overlapping. The operating system releases it when the holder dies, so a killed sweep never
 * leaves a stale lock. The file records the holder for the waiting message.
 */
final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static RunLock acquire(Path root, Duration wait, Duration poll, Progress progress) throws InterruptedException {
        Path file = root.resolve("run.lock");
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Instant deadline = Instant.now().plus(wait);
            boolean announced = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    String holder = "pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n";
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                    return new RunLock(channel, lock);
                }
                if (!Instant.now().isBefore(deadline)) {
                    channel.close();
                    throw new SweepException("another sweep holds " + file + " (" + holder(file)
                            + "); gave up after " + wait.toSeconds() + " s (MOLT_DIFF_RUN_LOCK_WAIT_SEC)");
                }
                if (!announced) {
                    progress.phase("lock", "waiting for the run lock held by " + holder(file));
                    announced = true;
                }
                Thread.sleep(Math.max(1, poll.toMillis()));
            }
        } catch (IOException e) {
            throw new SweepException("cannot lock " + file + ": " + e.getMessage());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown holder";
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
