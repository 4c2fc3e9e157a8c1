package org.sightline.nlp.internal.parser;

import java.util.Arrays;

/**
 * The arc-eager transition system (Nivre 2003) with the root at the end of the buffer (Ballesteros and
 * Nivre 2013), and its dynamic oracle (Goldberg and Nivre 2012). Words are 0..n-1, the root is n.
 * Transitions: SHIFT, REDUCE, LEFT(label) (front of buffer becomes head of the stack top, which is
 * popped), RIGHT(label) (stack top becomes head of the front of buffer, which is pushed). LEFT onto the
 * root takes the root label only; no other transition takes it. Parsing ends when the buffer holds only
 * the root and the stack is empty, so every word has a head.
 * <p>
 * A {@code State} also keeps what the features read: the two leftmost and two rightmost dependents of
 * each word, their counts and the sets of their labels.
 */
final class ArcEager {

    static final int SHIFT = 0;
    static final int REDUCE = 1;

    final int labels;
    final int rootLabel;

    ArcEager(int labels, int rootLabel) {
        this.labels = labels;
        this.rootLabel = rootLabel;
    }

    int transitions() {
        return 2 + 2 * labels;
    }

    int left(int label) {
        return 2 + label;
    }

    int right(int label) {
        return 2 + labels + label;
    }

    boolean isLeft(int t) {
        return t >= 2 && t < 2 + labels;
    }

    boolean isRight(int t) {
        return t >= 2 + labels;
    }

    int labelOf(int t) {
        return isLeft(t) ? t - 2 : t - 2 - labels;
    }

    /** A parser configuration; arrays sized for n words plus the root. */
    static final class State {
        final int n;
        final int[] stack;
        int depth;
        int front;
        final int[] head;
        final int[] label;
        final int[] left1;
        final int[] left2;
        final int[] right1;
        final int[] right2;
        final int[] leftCount;
        final int[] rightCount;
        final long[] leftLabels;
        final long[] rightLabels;
        final boolean[] onStack;

        State(int n) {
            this.n = n;
            stack = new int[n + 1];
            head = new int[n + 1];
            label = new int[n + 1];
            left1 = new int[n + 1];
            left2 = new int[n + 1];
            right1 = new int[n + 1];
            right2 = new int[n + 1];
            leftCount = new int[n + 1];
            rightCount = new int[n + 1];
            leftLabels = new long[n + 1];
            rightLabels = new long[n + 1];
            onStack = new boolean[n + 1];
            Arrays.fill(head, -1);
            Arrays.fill(label, -1);
            Arrays.fill(left1, -1);
            Arrays.fill(left2, -1);
            Arrays.fill(right1, -1);
            Arrays.fill(right2, -1);
        }

        State(State o) {
            n = o.n;
            stack = o.stack.clone();
            depth = o.depth;
            front = o.front;
            head = o.head.clone();
            label = o.label.clone();
            left1 = o.left1.clone();
            left2 = o.left2.clone();
            right1 = o.right1.clone();
            right2 = o.right2.clone();
            leftCount = o.leftCount.clone();
            rightCount = o.rightCount.clone();
            leftLabels = o.leftLabels.clone();
            rightLabels = o.rightLabels.clone();
            onStack = o.onStack.clone();
        }

        boolean terminal() {
            return front == n && depth == 0;
        }

        /** The i-th item from the top of the stack, or -1. */
        int stack(int i) {
            return depth > i ? stack[depth - 1 - i] : -1;
        }

        /** The i-th item of the buffer (the root is its last item), or -1. */
        int buffer(int i) {
            return front + i <= n ? front + i : -1;
        }

        void push(int w) {
            stack[depth++] = w;
            onStack[w] = true;
        }

        int pop() {
            int w = stack[--depth];
            onStack[w] = false;
            return w;
        }

        void attach(int h, int d, int l) {
            head[d] = h;
            label[d] = l;
            if (d < h) {
                if (left1[h] < 0 || d < left1[h]) {
                    left2[h] = left1[h];
                    left1[h] = d;
                } else if (left2[h] < 0 || d < left2[h]) {
                    left2[h] = d;
                }
                leftCount[h]++;
                leftLabels[h] |= 1L << (l & 63);
            } else {
                if (right1[h] < 0 || d > right1[h]) {
                    right2[h] = right1[h];
                    right1[h] = d;
                } else if (right2[h] < 0 || d > right2[h]) {
                    right2[h] = d;
                }
                rightCount[h]++;
                rightLabels[h] |= 1L << (l & 63);
            }
        }
    }

    /**
     * The only valid transition, or -1 when there is a choice: SHIFT onto an empty stack; once the buffer
     * holds only the root, REDUCE a word with a head, else LEFT(root). No scores can change these.
     */
    int only(State s) {
        int s0 = s.stack(0);
        if (s0 < 0) {
            return s.front < s.n ? SHIFT : -1;
        }
        if (s.front < s.n) {
            return -1;
        }
        return s.head[s0] >= 0 ? REDUCE : left(rootLabel);
    }

    boolean valid(State s, int t) {
        int s0 = s.stack(0);
        if (t == SHIFT) {
            return s.front < s.n;
        }
        if (t == REDUCE) {
            return s0 >= 0 && s.head[s0] >= 0;
        }
        int l = labelOf(t);
        if (isLeft(t)) {
            return s0 >= 0 && s.head[s0] < 0 && (s.front == s.n) == (l == rootLabel);
        }
        return s0 >= 0 && s.front < s.n && l != rootLabel;
    }

    void apply(State s, int t) {
        if (t == SHIFT) {
            s.push(s.front++);
        } else if (t == REDUCE) {
            s.pop();
        } else if (isLeft(t)) {
            int d = s.pop();
            s.attach(s.front, d, labelOf(t));
        } else {
            int d = s.front++;
            s.attach(s.stack(0), d, labelOf(t));
            s.push(d);
        }
    }

    /**
     * Number of gold arcs that transition {@code t} makes unreachable (Goldberg and Nivre 2012; exact for
     * projective gold trees), plus one for a wrong label on a gold arc. {@code goldHead[n]} is unused.
     */
    int cost(State s, int t, int[] goldHead, int[] goldLabel) {
        int s0 = s.stack(0);
        int b = s.front;
        int n = s.n;
        if (t == SHIFT) {
            return inStack(s, goldHead[b]) + headlessDependentsOnStack(s, b, goldHead);
        }
        if (t == REDUCE) {
            return dependentsInBuffer(s, s0, goldHead);
        }
        if (isLeft(t)) {
            int c = dependentsInBuffer(s, s0, goldHead);
            int g = goldHead[s0];
            if (g > b && g <= n) {
                c++;
            }
            if (g == b && labelOf(t) != goldLabel[s0]) {
                c++;
            }
            return c;
        }
        int c = headlessDependentsOnStack(s, b, goldHead);
        int g = goldHead[b];
        if (g != s0 && (s.onStack[g] || g > b)) {
            c++;
        }
        if (g == s0 && labelOf(t) != goldLabel[b]) {
            c++;
        }
        return c;
    }

    private static int inStack(State s, int w) {
        return w >= 0 && s.onStack[w] ? 1 : 0;
    }

    /** Words in the buffer (front included) whose gold head is {@code h}. */
    private static int dependentsInBuffer(State s, int h, int[] goldHead) {
        int c = 0;
        for (int d = s.front; d < s.n; d++) {
            if (goldHead[d] == h) {
                c++;
            }
        }
        return c;
    }

    /** Headless words on the stack whose gold head is {@code h}. */
    private static int headlessDependentsOnStack(State s, int h, int[] goldHead) {
        int c = 0;
        for (int i = 0; i < s.depth; i++) {
            int d = s.stack[i];
            if (s.head[d] < 0 && goldHead[d] == h) {
                c++;
            }
        }
        return c;
    }
}
