#define _GNU_SOURCE  // sched_getcpu, CPU_* and pthread_attr_setaffinity_np
#include "imid_process.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>  // defines __GLIBC__ on glibc systems
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void imid_use_one_malloc_arena(void) {
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
  mallopt(M_ARENA_MAX, 1);
#endif
}

// What the new thread runs, and (on Linux) the CPUs it may use once it has started.
struct start {
  void (*body)(void *);
  void *argument;
#if defined(__linux__)
  cpu_set_t allowed;
  int widen;
#endif
};

static void *run_started(void *pointer) {
  struct start start = *(struct start *)pointer;
  free(pointer);
#if defined(__linux__)
  // Started away from its creator; from now on the kernel may move it to any CPU it could use.
  if (start.widen) sched_setaffinity(0, sizeof start.allowed, &start.allowed);
#endif
  start.body(start.argument);
  return NULL;
}

// Starts a detached thread running `start`, on the CPUs `cpus` when not NULL; 0 on success.
static int create_detached(struct start *start, const void *cpus, size_t size) {
  pthread_attr_t attributes;
  if (pthread_attr_init(&attributes) != 0) return -1;
  pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
  int result = 0;
#if defined(__linux__)
  if (cpus != NULL) result = pthread_attr_setaffinity_np(&attributes, size, cpus);
#else
  (void)cpus;
  (void)size;
#endif
  pthread_t thread;
  if (result == 0) result = pthread_create(&thread, &attributes, run_started, start);
  pthread_attr_destroy(&attributes);
  return result;
}

int imid_start_thread(void (*body)(void *), void *argument) {
  struct start *start = malloc(sizeof *start);
  if (start == NULL) return -1;
  start->body = body;
  start->argument = argument;
  int result = -1;
#if defined(__linux__)
  start->widen = 0;
  int here = sched_getcpu();
  if (here >= 0 && sched_getaffinity(0, sizeof start->allowed, &start->allowed) == 0) {
    cpu_set_t elsewhere = start->allowed;
    CPU_CLR(here, &elsewhere);
    if (CPU_COUNT(&elsewhere) > 0) {
      start->widen = 1;
      result = create_detached(start, &elsewhere, sizeof elsewhere);
    }
  }
  // No other CPU, or refused with them (a cpuset that changed meanwhile): anywhere will do.
  if (result != 0) start->widen = 0;
#endif
  if (result != 0) result = create_detached(start, NULL, 0);
  if (result != 0) {
    free(start);
    return -1;
  }
  return 0;
}
