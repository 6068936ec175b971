/*
 * Test-only LD_PRELOAD shim: lets libserialport 0.1.1 open a pseudo-terminal, so the tests can drive
 * Swiftlet's libserialport path without hardware.
 *
 * libserialport refuses ptys in two places: sp_get_port_by_name() looks the device up under
 * /sys/class/tty/<name> (lstat through __lxstat, then readlink of .../device), which ptys lack, and
 * sp_open() reads the modem lines with ioctl(TIOCMGET), which ptys reject with ENOTTY. The shim
 * answers only those failing calls: a missing /sys/class/tty entry looks like a directory whose
 * device link points at a platform UART, and a rejected modem-line ioctl succeeds with DTR, RTS,
 * CTS and DSR set. Every other call goes to the C library unchanged.
 *
 * Built by TransportTests with: cc -shared -fPIC -o shim.so pty_serialport_shim.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

static const char sys_class_tty[] = "/sys/class/tty/";

static int is_sysfs_tty(const char *path) {
    return path && strncmp(path, sys_class_tty, sizeof sys_class_tty - 1) == 0;
}

int __lxstat(int version, const char *path, struct stat *st) {
    static int (*real_lxstat)(int, const char *, struct stat *);
    if (!real_lxstat) real_lxstat = (int (*)(int, const char *, struct stat *))dlsym(RTLD_NEXT, "__lxstat");
    int rc = real_lxstat(version, path, st);
    if (rc != 0 && is_sysfs_tty(path)) {
        memset(st, 0, sizeof *st);
        st->st_mode = S_IFDIR | 0755;
        errno = 0;
        return 0;
    }
    return rc;
}

ssize_t readlink(const char *path, char *buffer, size_t size) {
    static ssize_t (*real_readlink)(const char *, char *, size_t);
    if (!real_readlink) real_readlink = (ssize_t (*)(const char *, char *, size_t))dlsym(RTLD_NEXT, "readlink");
    ssize_t rc = real_readlink(path, buffer, size);
    if (rc < 0 && is_sysfs_tty(path)) {
        static const char platform_uart[] = "../../devices/platform/serial8250";
        size_t n = sizeof platform_uart - 1 < size ? sizeof platform_uart - 1 : size;
        memcpy(buffer, platform_uart, n);
        errno = 0;
        return (ssize_t)n;
    }
    return rc;
}

int ioctl(int fd, unsigned long request, ...) {
    static int (*real_ioctl)(int, unsigned long, ...);
    if (!real_ioctl) real_ioctl = (int (*)(int, unsigned long, ...))dlsym(RTLD_NEXT, "ioctl");
    va_list args;
    va_start(args, request);
    void *argument = va_arg(args, void *);
    va_end(args);
    int rc = real_ioctl(fd, request, argument);
    int modem_lines = request == TIOCMGET || request == TIOCMSET || request == TIOCMBIS || request == TIOCMBIC;
    if (rc != 0 && modem_lines && (errno == ENOTTY || errno == EINVAL)) {
        if (request == TIOCMGET && argument) *(int *)argument = TIOCM_DTR | TIOCM_RTS | TIOCM_CTS | TIOCM_DSR;
        errno = 0;
        return 0;
    }
    return rc;
}
