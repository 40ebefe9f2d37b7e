package cn.gov.gansu.gaoxin.commissioner.dispatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The yearly dispatch of technology commissioners (clause 7 "每年选派一批科技专员", contracts §12):
 * each commissioner serves at most its capacity of needs, a need gets at most one commissioner, a
 * pair of fit 0 is never assigned; among such plans the one that covers the most zones, and among
 * those the one with the highest total fit.
 *
 * <p>Solved exactly as a min-cost flow: source → commissioner (capacity) → need (1, cost −fit) →
 * zone → sink, where each zone has one arc of capacity 1 and cost −BIG (its first need served) and
 * one of unbounded capacity and cost 0. BIG exceeds any total fit, so cost = −BIG·zones − fit and
 * the minimum is the lexicographic optimum. Successive shortest paths (Bellman–Ford queue, the
 * residual graph has no negative cycle) augment while a path of negative cost exists; the cost is
 * convex in the flow, so stopping there gives the global minimum, whatever the amount of flow.
 *
 * <p>The graph is compressed without loss: commissioners with the same set of expertise and needs of
 * the same zone and field are interchangeable, so each class is one node carrying the sum of its
 * capacities; the class flows are then dealt out to individual commissioners and needs. Five
 * thousand needs collapse to at most zones × fields nodes.
 */
public final class DispatchPlanner {

    public record Commissioner(long id, List<String> expertise, int capacity) {
    }

    public record Need(long id, String zone, String field) {
    }

    public record Assignment(long need, long commissioner, int fit) {
    }

    /** A plan: assignments in need order, unassigned need ids, total fit and zones covered. */
    public record Plan(List<Assignment> assignments, List<Long> unassigned, int totalFit, int zonesCovered) {
    }

    /**
     * Fit of a commissioner to a need's field: 2 when the field is one of the expertise, 1 when the
     * field and one of the expertise share two consecutive characters (新材料 and 材料化工 share 材料),
     * else 0.
     */
    public static int fit(String field, Collection<String> expertise) {
        if (field == null) {
            return 0;
        }
        String f = field.strip();
        int best = 0;
        for (String e : expertise) {
            String x = e == null ? "" : e.strip();
            if (x.equals(f) && !x.isEmpty()) {
                return 2;
            }
            if (best == 0 && shareTwoConsecutive(f, x)) {
                best = 1;
            }
        }
        return best;
    }

    static boolean shareTwoConsecutive(String a, String b) {
        int[] ca = a.codePoints().toArray();
        int[] cb = b.codePoints().toArray();
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i + 1 < ca.length; i++) {
            pairs.add(((long) ca[i] << 32) | ca[i + 1]);
        }
        for (int i = 0; i + 1 < cb.length; i++) {
            if (pairs.contains(((long) cb[i] << 32) | cb[i + 1])) {
                return true;
            }
        }
        return false;
    }

    public Plan plan(List<Commissioner> commissioners, List<Need> needs) {
        List<Need> sortedNeeds = needs.stream().sorted(Comparator.comparingLong(Need::id)).toList();
        List<Commissioner> sortedCommissioners = commissioners.stream().filter(c -> c.capacity() > 0)
                .sorted(Comparator.comparingLong(Commissioner::id)).toList();
        if (sortedNeeds.isEmpty() || sortedCommissioners.isEmpty()) {
            return new Plan(List.of(), sortedNeeds.stream().map(Need::id).toList(), 0, 0);
        }
        // classes
        Map<Set<String>, List<Commissioner>> commissionerClasses = new LinkedHashMap<>();
        for (Commissioner c : sortedCommissioners) {
            Set<String> key = new TreeSet<>();
            for (String e : c.expertise()) {
                if (e != null && !e.isBlank()) {
                    key.add(e.strip());
                }
            }
            commissionerClasses.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        Map<List<String>, List<Need>> needClasses = new LinkedHashMap<>();
        Map<String, Integer> zoneIndex = new LinkedHashMap<>();
        for (Need n : sortedNeeds) {
            String field = n.field() == null ? "" : n.field().strip();
            needClasses.computeIfAbsent(List.of(n.zone(), field), k -> new ArrayList<>()).add(n);
            zoneIndex.putIfAbsent(n.zone(), zoneIndex.size());
        }
        List<Set<String>> cKeys = new ArrayList<>(commissionerClasses.keySet());
        List<List<String>> nKeys = new ArrayList<>(needClasses.keySet());
        int a = cKeys.size();
        int b = nKeys.size();
        int z = zoneIndex.size();
        int source = 0;
        int sink = 1 + a + b + z;
        Graph g = new Graph(sink + 1);
        long big = 2L * sortedNeeds.size() + 1;
        long unbounded = sortedNeeds.size();
        for (int i = 0; i < a; i++) {
            long cap = commissionerClasses.get(cKeys.get(i)).stream().mapToLong(Commissioner::capacity).sum();
            g.add(source, 1 + i, cap, 0);
        }
        int[][] classEdge = new int[a][b];
        int[][] classFit = new int[a][b];
        for (int[] row : classEdge) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < b; j++) {
                int f = fit(nKeys.get(j).get(1), cKeys.get(i));
                if (f > 0) {
                    classFit[i][j] = f;
                    classEdge[i][j] = g.add(1 + i, 1 + a + j, needClasses.get(nKeys.get(j)).size(), -f);
                }
            }
        }
        for (int j = 0; j < b; j++) {
            int zone = zoneIndex.get(nKeys.get(j).get(0));
            g.add(1 + a + j, 1 + a + b + zone, needClasses.get(nKeys.get(j)).size(), 0);
        }
        for (int k = 0; k < z; k++) {
            g.add(1 + a + b + k, sink, 1, -big);
            g.add(1 + a + b + k, sink, unbounded, 0);
        }
        g.minCostFlow(source, sink);

        // deal the class flows out to commissioners and needs, in id order
        Map<Long, Assignment> byNeed = new LinkedHashMap<>();
        for (int i = 0; i < a; i++) {
            ArrayDeque<long[]> slots = new ArrayDeque<>();
            for (Commissioner c : commissionerClasses.get(cKeys.get(i))) {
                slots.add(new long[] {c.id(), c.capacity()});
            }
            for (int j = 0; j < b; j++) {
                if (classEdge[i][j] < 0) {
                    continue;
                }
                long flow = g.flow(classEdge[i][j]);
                List<Need> pool = needClasses.get(nKeys.get(j));
                for (long x = 0; x < flow; x++) {
                    Need n = pool.remove(pool.size() - 1);
                    long[] slot = slots.peek();
                    byNeed.put(n.id(), new Assignment(n.id(), slot[0], classFit[i][j]));
                    if (--slot[1] == 0) {
                        slots.poll();
                    }
                }
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        List<Long> unassigned = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        int total = 0;
        for (Need n : sortedNeeds) {
            Assignment as = byNeed.get(n.id());
            if (as == null) {
                unassigned.add(n.id());
            } else {
                assignments.add(as);
                covered.add(n.zone());
                total += as.fit();
            }
        }
        return new Plan(assignments, unassigned, total, covered.size());
    }

    /** A residual graph in arrays: edge e and its reverse e^1. */
    static final class Graph {
        private final int n;
        private int[] head;
        private int[] next = new int[16];
        private int[] to = new int[16];
        private long[] cap = new long[16];
        private long[] cost = new long[16];
        private long[] original = new long[16];
        private int edges;

        Graph(int n) {
            this.n = n;
            head = new int[n];
            Arrays.fill(head, -1);
        }

        int add(int u, int v, long c, long w) {
            int e = edges;
            put(u, v, c, w);
            put(v, u, 0, -w);
            original[e] = c;
            return e;
        }

        private void put(int u, int v, long c, long w) {
            if (edges == to.length) {
                int m = edges * 2;
                next = Arrays.copyOf(next, m);
                to = Arrays.copyOf(to, m);
                cap = Arrays.copyOf(cap, m);
                cost = Arrays.copyOf(cost, m);
                original = Arrays.copyOf(original, m);
            }
            to[edges] = v;
            cap[edges] = c;
            cost[edges] = w;
            next[edges] = head[u];
            head[u] = edges++;
        }

        long flow(int e) {
            return original[e] - cap[e];
        }

        /** Augments along shortest (most negative) paths while one of negative cost exists. */
        void minCostFlow(int s, int t) {
            long[] dist = new long[n];
            int[] via = new int[n];
            boolean[] queued = new boolean[n];
            while (true) {
                Arrays.fill(dist, Long.MAX_VALUE);
                Arrays.fill(via, -1);
                dist[s] = 0;
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                queue.add(s);
                queued[s] = true;
                while (!queue.isEmpty()) {
                    int u = queue.poll();
                    queued[u] = false;
                    for (int e = head[u]; e >= 0; e = next[e]) {
                        if (cap[e] > 0 && dist[u] + cost[e] < dist[to[e]]) {
                            dist[to[e]] = dist[u] + cost[e];
                            via[to[e]] = e;
                            if (!queued[to[e]]) {
                                queued[to[e]] = true;
                                queue.add(to[e]);
                            }
                        }
                    }
                }
                if (dist[t] == Long.MAX_VALUE || dist[t] >= 0) {
                    return;
                }
                long push = Long.MAX_VALUE;
                for (int v = t; v != s; v = to[via[v] ^ 1]) {
                    push = Math.min(push, cap[via[v]]);
                }
                for (int v = t; v != s; v = to[via[v] ^ 1]) {
                    cap[via[v]] -= push;
                    cap[via[v] ^ 1] += push;
                }
            }
        }
    }
}
