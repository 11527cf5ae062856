# baton - a Python-subset VM with a real GIL.   `make help` lists the targets.

CC       ?= cc
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN     := -Wall -Wextra -Werror
CPPFLAGS := -std=c17 -D_GNU_SOURCE -Ivm -Icompiler -Istdlib -Icli -MMD -MP
LDLIBS   := -lgmp -lreadline -lpthread -lm
BUILD    ?= build

DEB_PKGS := check libgmp-dev libreadline-dev pkg-config python3

VM_SRCS       := $(wildcard vm/*.c)
COMPILER_SRCS := $(wildcard compiler/*.c)
STDLIB_SRCS   := $(wildcard stdlib/*.c)
CLI_SRCS      := $(wildcard cli/*.c)
CORE_OBJS     := $(patsubst %.c,$(BUILD)/%.o,$(VM_SRCS) $(COMPILER_SRCS) $(STDLIB_SRCS) $(filter-out cli/main.c,$(CLI_SRCS)))

.PHONY: all help deps clean

all: baton

help:
	@echo "make            build ./baton"
	@echo "make deps       install missing Debian packages (as root) or print the command"
	@echo "make clean      remove build products"

baton: $(CORE_OBJS) $(BUILD)/cli/main.o
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -c $< -o $@

clean:
	rm -rf $(BUILD) baton

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
