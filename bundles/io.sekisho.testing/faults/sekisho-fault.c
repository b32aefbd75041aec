/*
 * Fault injection for Sekisho's fault tests, loaded into a child JVM with LD_PRELOAD (Linux, glibc).
 *
 * SEKISHO_FAULT_FILE  fnmatch(3) pattern for the base name of the files the fault applies to
 * SEKISHO_FAULT       what goes wrong:
 *   eio:N        writes to a matching file fail with EIO once N bytes went into it (an exception from the stream)
 *   enospc:N     the same with ENOSPC (the disk is full after N bytes)
 *   fsync        fsync/fdatasync of a matching file fails with EIO (the data did not reach the disk)
 *   kill-rename  the process kills itself with SIGKILL when it renames a matching file (killed between write and
 *                rename: the file is written and synced, the rename never happens)
 * Every fault that fires is reported once on stderr as "sekisho-fault: ..." so a test can tell it fired.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define MAX_FDS 65536

static unsigned char tracked[MAX_FDS];
static long long written[MAX_FDS];

static const char *pattern(void) { return getenv("SEKISHO_FAULT_FILE"); }

static const char *fault(void) {
	const char *f = getenv("SEKISHO_FAULT");
	return f == NULL ? "" : f;
}

static int matches(const char *path) {
	const char *p = pattern();
	if (p == NULL || path == NULL) {
		return 0;
	}
	const char *base = strrchr(path, '/');
	return fnmatch(p, base == NULL ? path : base + 1, 0) == 0;
}

static void report(const char *what, const char *detail) {
	char line[512];
	int n = snprintf(line, sizeof line, "sekisho-fault: %s %s\n", what, detail == NULL ? "" : detail);
	if (n > 0) {
		ssize_t (*real_write)(int, const void *, size_t) = dlsym(RTLD_NEXT, "write");
		real_write(2, line, (size_t) n < sizeof line ? (size_t) n : sizeof line - 1);
	}
}

static void track(int fd, const char *path) {
	if (fd >= 0 && fd < MAX_FDS) {
		tracked[fd] = matches(path);
		written[fd] = 0;
	}
}

/* how many of LEN bytes may still be written to FD, or -1 with errno set when none may */
static ssize_t allowance(int fd, size_t len) {
	if (fd < 0 || fd >= MAX_FDS || !tracked[fd]) {
		return (ssize_t) len;
	}
	const char *f = fault();
	int err = strncmp(f, "eio:", 4) == 0 ? EIO : strncmp(f, "enospc:", 7) == 0 ? ENOSPC : 0;
	if (err == 0) {
		return (ssize_t) len;
	}
	long long limit = atoll(strchr(f, ':') + 1);
	long long left = limit - written[fd];
	if (left <= 0) {
		report(err == EIO ? "EIO on write after" : "ENOSPC on write after", strchr(f, ':') + 1);
		errno = err;
		return -1;
	}
	return (ssize_t) (len < (size_t) left ? len : (size_t) left);
}

#define REAL(ret, name, ...) static ret (*real_##name)(__VA_ARGS__); if (!real_##name) real_##name = dlsym(RTLD_NEXT, #name)

static int open_common(int dirfd, const char *path, int flags, mode_t mode, int at, const char *name) {
	int fd;
	if (at) {
		int (*real)(int, const char *, int, ...) = dlsym(RTLD_NEXT, name);
		fd = real(dirfd, path, flags, mode);
	} else {
		int (*real)(const char *, int, ...) = dlsym(RTLD_NEXT, name);
		fd = real(path, flags, mode);
	}
	track(fd, path);
	return fd;
}

#define MODE_ARG mode_t mode = 0; if (flags & (O_CREAT | O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, int); va_end(ap); }
int open(const char *path, int flags, ...) { MODE_ARG return open_common(0, path, flags, mode, 0, "open"); }
int open64(const char *path, int flags, ...) { MODE_ARG return open_common(0, path, flags, mode, 0, "open64"); }
int openat(int d, const char *path, int flags, ...) { MODE_ARG return open_common(d, path, flags, mode, 1, "openat"); }
int openat64(int d, const char *path, int flags, ...) { MODE_ARG return open_common(d, path, flags, mode, 1, "openat64"); }
int __open_2(const char *path, int flags) { return open_common(0, path, flags, 0, 0, "__open_2"); }
int __open64_2(const char *path, int flags) { return open_common(0, path, flags, 0, 0, "__open64_2"); }

int close(int fd) {
	REAL(int, close, int);
	if (fd >= 0 && fd < MAX_FDS) {
		tracked[fd] = 0;
	}
	return real_close(fd);
}

ssize_t write(int fd, const void *buf, size_t len) {
	REAL(ssize_t, write, int, const void *, size_t);
	ssize_t n = allowance(fd, len);
	if (n < 0) {
		return -1;
	}
	ssize_t done = real_write(fd, buf, (size_t) n);
	if (done > 0 && fd < MAX_FDS) {
		written[fd] += done;
	}
	return done;
}

ssize_t pwrite64(int fd, const void *buf, size_t len, off_t off) {
	REAL(ssize_t, pwrite64, int, const void *, size_t, off_t);
	ssize_t n = allowance(fd, len);
	if (n < 0) {
		return -1;
	}
	ssize_t done = real_pwrite64(fd, buf, (size_t) n, off);
	if (done > 0 && fd < MAX_FDS) {
		written[fd] += done;
	}
	return done;
}

ssize_t pwrite(int fd, const void *buf, size_t len, off_t off) { return pwrite64(fd, buf, len, off); }

ssize_t writev(int fd, const struct iovec *iov, int count) {
	REAL(ssize_t, writev, int, const struct iovec *, int);
	size_t total = 0;
	for (int i = 0; i < count; i++) {
		total += iov[i].iov_len;
	}
	ssize_t n = allowance(fd, total);
	if (n < 0) {
		return -1;
	}
	if ((size_t) n < total) { /* write what is allowed of the first buffers only */
		REAL(ssize_t, write, int, const void *, size_t);
		ssize_t done = real_write(fd, iov[0].iov_base, iov[0].iov_len < (size_t) n ? iov[0].iov_len : (size_t) n);
		if (done > 0 && fd < MAX_FDS) {
			written[fd] += done;
		}
		return done;
	}
	ssize_t done = real_writev(fd, iov, count);
	if (done > 0 && fd < MAX_FDS) {
		written[fd] += done;
	}
	return done;
}

static int sync_fault(int fd) {
	if (fd >= 0 && fd < MAX_FDS && tracked[fd] && strcmp(fault(), "fsync") == 0) {
		report("EIO on fsync", NULL);
		errno = EIO;
		return 1;
	}
	return 0;
}

int fsync(int fd) {
	REAL(int, fsync, int);
	return sync_fault(fd) ? -1 : real_fsync(fd);
}

int fdatasync(int fd) {
	REAL(int, fdatasync, int);
	return sync_fault(fd) ? -1 : real_fdatasync(fd);
}

static void kill_at_rename(const char *from) {
	if (strcmp(fault(), "kill-rename") == 0 && matches(from)) {
		report("SIGKILL before renaming", from);
		kill(getpid(), SIGKILL);
	}
}

int rename(const char *from, const char *to) {
	REAL(int, rename, const char *, const char *);
	kill_at_rename(from);
	return real_rename(from, to);
}

int renameat(int fd1, const char *from, int fd2, const char *to) {
	REAL(int, renameat, int, const char *, int, const char *);
	kill_at_rename(from);
	return real_renameat(fd1, from, fd2, to);
}

int renameat2(int fd1, const char *from, int fd2, const char *to, unsigned int flags) {
	REAL(int, renameat2, int, const char *, int, const char *, unsigned int);
	kill_at_rename(from);
	return real_renameat2(fd1, from, fd2, to, flags);
}
