/* Building reprs of containers: a growable array of code points. */
#ifndef MOLT_JOIN_H
#define MOLT_JOIN_H
#include "molt.h"

typedef struct {
    uint32_t *data;
    int64_t length, capacity;
} MoltTextBuilder;

int molt_tb_init(MoltTextBuilder *b);
int molt_tb_ascii(MoltTextBuilder *b, const char *text);
int molt_tb_str(MoltTextBuilder *b, MoltObject *str);
int molt_tb_repr(MoltTextBuilder *b, MoltObject *o); /* appends repr(o) */
MoltObject *molt_tb_finish(MoltTextBuilder *b);      /* frees the builder */
void molt_tb_discard(MoltTextBuilder *b);

#endif
