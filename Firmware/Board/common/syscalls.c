// What the Embedded Swift runtime and newlib-nano need from the platform: a heap for the few
// allocations made at start-up (`_sbrk` over the linker script's heap region; it refuses to grow
// past it), `posix_memalign` for Swift's allocator, `putchar` for `print` (to the UART), and
// `arc4random_buf` for hashing seeds (deterministic: the firmware has no entropy source it needs).
#include <errno.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include "board.h"

extern char __heap_start, __heap_end;
static char *heap_top = &__heap_start;

void *_sbrk(ptrdiff_t increment) {
    if (increment < 0 || &__heap_end - heap_top < increment) {
        errno = ENOMEM;
        return (void *)-1;
    }
    char *previous = heap_top;
    heap_top += increment;
    return previous;
}

size_t board_heap_used(void) { return (size_t)(heap_top - &__heap_start); }

int posix_memalign(void **result, size_t alignment, size_t size) {
    void *p = memalign(alignment < sizeof(void *) ? sizeof(void *) : alignment, size);
    if (!p) return ENOMEM;
    *result = p;
    return 0;
}

int putchar(int c) {
    uint8_t byte = (uint8_t)c;
    board_uart_write(&byte, 1);
    return c;
}

void arc4random_buf(void *buffer, size_t count) {
    static uint32_t state = 0x2545F491u;
    uint8_t *p = buffer;
    for (size_t i = 0; i < count; i++) {
        state ^= state << 13; state ^= state >> 17; state ^= state << 5;
        p[i] = (uint8_t)state;
    }
}

// newlib's stubs for a system without an OS.
int _close(int fd) { (void)fd; errno = EBADF; return -1; }
int _fstat(int fd, void *st) { (void)fd; (void)st; errno = EBADF; return -1; }
int _isatty(int fd) { return fd < 3; }
int _lseek(int fd, int offset, int whence) { (void)fd; (void)offset; (void)whence; return 0; }
int _read(int fd, char *buffer, int count) { (void)fd; (void)buffer; (void)count; return 0; }
int _write(int fd, const char *buffer, int count) {
    (void)fd; board_uart_write((const uint8_t *)buffer, (size_t)count); return count;
}
void _exit(int code) { board_exit(code); }
int _kill(int pid, int sig) { (void)pid; (void)sig; errno = EINVAL; return -1; }
int _getpid(void) { return 1; }
