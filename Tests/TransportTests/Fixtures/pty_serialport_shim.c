#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
static const char sysTTY[] = "/sys/class/tty/";
int __lxstat(int ver, const char *path, struct stat *st) {
  static int (*real)(int, const char *, struct stat *);
  if (!real) real = dlsym(RTLD_NEXT, "__lxstat");
  int rc = real(ver, path, st);
  if (rc != 0 && strncmp(path, sysTTY, sizeof sysTTY - 1) == 0) {
    memset(st, 0, sizeof *st); st->st_mode = S_IFDIR | 0755; errno = 0; return 0;
  }
  return rc;
}
int ioctl(int fd, unsigned long request, ...) {
  static int (*real)(int, unsigned long, ...);
  if (!real) real = dlsym(RTLD_NEXT, "ioctl");
  va_list ap; va_start(ap, request); void *arg = va_arg(ap, void *); va_end(ap);
  int rc = real(fd, request, arg);
  if (rc != 0 && (request == TIOCMGET || request == TIOCMSET || request == TIOCMBIS || request == TIOCMBIC)) {
    if (request == TIOCMGET && arg) *(int *)arg = TIOCM_DTR | TIOCM_RTS | TIOCM_CTS | TIOCM_DSR;
    errno = 0; return 0;
  }
  return rc;
}
ssize_t readlink(const char *path, char *buf, size_t size) {
  static ssize_t (*real)(const char *, char *, size_t);
  if (!real) real = dlsym(RTLD_NEXT, "readlink");
  ssize_t rc = real(path, buf, size);
  if (rc < 0 && strncmp(path, sysTTY, sizeof sysTTY - 1) == 0) {
    static const char target[] = "../../devices/platform/serial8250";
    size_t n = sizeof target - 1 < size ? sizeof target - 1 : size;
    memcpy(buf, target, n); errno = 0; return (ssize_t)n;
  }
  return rc;
}
