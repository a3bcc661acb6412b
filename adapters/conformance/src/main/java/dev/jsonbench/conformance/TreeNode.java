package dev.jsonbench.conformance;

import java.util.List;

/** A recursive record, for the generic-type cases of the {@link ConformanceSuite}. */
public record TreeNode(String name, List<TreeNode> children, TreeNode[] pair) {
}
