package dev.jsonbench.adapters.simdjson;

import static java.lang.constant.ConstantDescs.BSM_CLASS_DATA_AT;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.DEFAULT_NAME;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import dev.jsonbench.api.support.ArgumentFrames;
import dev.jsonbench.api.support.BindingPlan;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.simdjson.JsonValue;

/**
 * Generates, once per type at {@code forType}, a hidden class that binds that type from simdjson-java's DOM: one
 * static method per record of the {@link BindingPlan}, holding the walk of everything below the record down to the
 * next records (its lists, maps, arrays and the first level of its {@code Object}/{@code Map<String,Object>}
 * values) with every kind written into the code, as a hand-written walk of the DOM would be.
 *
 * <p>Why: simdjson-java hands out a {@link JsonValue} view (32 bytes) per value, and C2 removes a view's allocation
 * only if no path it takes leaves the compiled method (escape analysis is per allocation site: one escaping member
 * keeps every member view of that loop allocated). The generic {@link SimdJsonBinder#read} recurses through one
 * large method and passes views to calls C2 does not inline, so 58 of the fixture's 209 views were allocated that a
 * hand-written walk does not allocate (1,856 bytes per decode: the typed adapter allocated more than the bare
 * library). Here a record's method reaches only: its own loops (inline), the small per-kind methods of
 * {@link SimdJsonBinder} (which C2 inlines; they take the expected kind and give anything else, null, a mismatch, a
 * big integer, to the generic {@code read}), other records' methods, and {@link SimdJsonTree} for values below the
 * first level of the value model. Values and refusals are therefore the generic binder's by construction.
 *
 * <p>Recursive types ({@code record Node(List<Node> children)}) and very large ones keep the generic binder
 * ({@link #readerFor} never fails).
 */
final class SimdJsonBinderGenerator {

    private static final ClassDesc CD_PLAN = desc(BindingPlan.class);
    private static final ClassDesc CD_FRAMES = desc(ArgumentFrames.class);
    private static final ClassDesc CD_VALUE = desc(JsonValue.class);
    private static final ClassDesc CD_STATE = desc(SimdJsonState.class);
    private static final ClassDesc CD_BINDER = desc(SimdJsonBinder.class);
    private static final ClassDesc CD_TREE = desc(SimdJsonTree.class);
    private static final ClassDesc CD_READER = desc(SimdJsonReader.class);
    private static final ClassDesc CD_ITERATOR = desc(Iterator.class);
    private static final ClassDesc CD_ENTRY = desc(Map.Entry.class);
    private static final ClassDesc CD_LIST = desc(List.class);
    private static final ClassDesc CD_ARRAY_LIST = desc(ArrayList.class);
    private static final ClassDesc CD_LINKED_HASH_MAP = desc(LinkedHashMap.class);

    /** The generated class (a hidden class: the JVM adds a suffix to the name). */
    private static final ClassDesc GENERATED = ClassDesc.of(SimdJsonBinderGenerator.class.getPackageName(),
            "SimdJsonGeneratedBinder");

    /** {@code (JsonValue, SimdJsonState)Object}: every generated method and the value readers of SimdJsonTree. */
    private static final MethodTypeDesc MTD_VALUE = MethodTypeDesc.of(CD_Object, CD_VALUE, CD_STATE);
    private static final MethodTypeDesc MTD_PLAN_VALUE = MethodTypeDesc.of(CD_Object, CD_PLAN, CD_VALUE, CD_STATE);
    private static final MethodTypeDesc MTD_PLAN_SLOT = MethodTypeDesc.of(CD_void, CD_PLAN, CD_VALUE, CD_STATE, CD_int);
    private static final MethodTypeDesc MTD_BOOLEAN = MethodTypeDesc.of(CD_boolean);
    private static final MethodTypeDesc MTD_ITERATOR = MethodTypeDesc.of(CD_ITERATOR);
    private static final MethodTypeDesc MTD_OBJECT = MethodTypeDesc.of(CD_Object);
    private static final MethodTypeDesc MTD_SIZE = MethodTypeDesc.of(CD_int);
    private static final int PRIVATE_STATIC = ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC;

    /**
     * At most this many lists, maps and values of the value model inlined in one method: with about 100 bytes of
     * code each, a method stays under the 8,000 bytes past which HotSpot does not compile it.
     */
    private static final int MAX_INLINED = 60;
    /** At most this many records in one type. */
    private static final int MAX_RECORDS = 500;

    /** Every node, by position in the class data; the root first. */
    private final List<BindingPlan> plans = new ArrayList<>();
    private final Map<BindingPlan, Integer> ids = new IdentityHashMap<>();
    private final List<BindingPlan> records = new ArrayList<>();

    private SimdJsonBinderGenerator() {
    }

    /** The reader for {@code plan}: generated code where the type allows it, else the generic binder. */
    static SimdJsonReader readerFor(BindingPlan plan) {
        SimdJsonReader generic = (root, state) -> SimdJsonBinder.read(plan, root, state);
        SimdJsonBinderGenerator generator = new SimdJsonBinderGenerator();
        boolean container = plan.kind() == BindingPlan.RECORD || hasElement(plan);
        if (!container || inlined(plan) > MAX_INLINED || !generator.collect(plan, new ArrayList<>())) {
            return generic; // a scalar or a value of the value model (nothing to gain), or a type not generated
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup()
                    .defineHiddenClassWithClassData(generator.generate(), List.copyOf(generator.plans), true);
            return (SimdJsonReader) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // not expected for the classes generated here; the generic binder is exact anyway
            return generic;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The plan's nodes

    /** A node whose value the generated code walks (a record, list, map, array or value of the value model). */
    private static boolean isWalked(BindingPlan node) {
        return switch (node.kind()) {
            case BindingPlan.RECORD, BindingPlan.LIST, BindingPlan.JAVA_ARRAY, BindingPlan.MAP, BindingPlan.ANY,
                    BindingPlan.OBJECT, BindingPlan.ARRAY -> true;
            default -> false;
        };
    }

    /** A list, a Java array or a typed map: a node with an {@link BindingPlan#element()}. */
    private static boolean hasElement(BindingPlan node) {
        int kind = node.kind();
        return kind == BindingPlan.LIST || kind == BindingPlan.JAVA_ARRAY || kind == BindingPlan.MAP;
    }

    /**
     * Numbers every node below {@code node}; false for a recursive type (a record node whose components are those
     * of a record above it) or one past {@link #MAX_RECORDS} or {@link #MAX_INLINED}.
     */
    private boolean collect(BindingPlan node, List<BindingPlan> enclosingRecords) {
        ids.put(node, plans.size());
        plans.add(node);
        if (hasElement(node)) {
            return collect(node.element(), enclosingRecords);
        }
        if (node.kind() != BindingPlan.RECORD) {
            return true;
        }
        for (BindingPlan outer : enclosingRecords) {
            if (node.size() > 0 && outer.size() > 0 && outer.component(0) == node.component(0)) {
                return false;
            }
        }
        records.add(node);
        int inlined = 0;
        for (int i = 0; i < node.size(); i++) {
            inlined += inlined(node.component(i));
        }
        if (records.size() > MAX_RECORDS || inlined > MAX_INLINED) {
            return false;
        }
        enclosingRecords.add(node);
        for (int i = 0; i < node.size(); i++) {
            if (!collect(node.component(i), enclosingRecords)) {
                return false;
            }
        }
        enclosingRecords.removeLast();
        return true;
    }

    /** How many walked nodes reading {@code node} inlines: it and its elements', down to a record. */
    private static int inlined(BindingPlan node) {
        int count = 0;
        while (isWalked(node) && node.kind() != BindingPlan.RECORD) {
            count++;
            if (!hasElement(node)) {
                break;
            }
            node = node.element();
        }
        return count;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The class

    private byte[] generate() {
        // The stack maps need the classes the code names (JsonValue, ...): from the loader that loaded this adapter.
        ClassHierarchyResolver resolver = ClassHierarchyResolver.ofClassLoading(SimdJsonBinderGenerator.class.getClassLoader());
        return ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver)).build(GENERATED, clb -> {
            clb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            clb.withInterfaceSymbols(CD_READER);
            clb.withMethodBody(INIT_NAME, MTD_void, ClassFile.ACC_PUBLIC, cob -> cob
                    .aload(0)
                    .invokespecial(CD_Object, INIT_NAME, MTD_void)
                    .return_());
            // SimdJsonReader.read(root, state)
            clb.withMethodBody("read", MTD_VALUE, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, cob -> cob
                    .aload(1)
                    .aload(2)
                    .invokestatic(GENERATED, "root", MTD_VALUE)
                    .areturn());
            clb.withMethodBody("root", MTD_VALUE, PRIVATE_STATIC, cob -> {
                value(cob, plans.getFirst(), 0);
                cob.areturn();
            });
            for (BindingPlan record : records) {
                clb.withMethodBody(recordMethod(record), MTD_VALUE, PRIVATE_STATIC, cob -> record(cob, record));
            }
        });
    }

    private String recordMethod(BindingPlan record) {
        return "record" + ids.get(record);
    }

    /** Pushes the plan of {@code node}: a constant of the class data, which C2 folds. */
    private void loadPlan(CodeBuilder cob, BindingPlan node) {
        cob.ldc(DynamicConstantDesc.ofNamed(BSM_CLASS_DATA_AT, DEFAULT_NAME, CD_PLAN, ids.get(node)));
    }

    /**
     * Pushes the value of {@code node} read from the JsonValue in local {@code value} (the state is in local 1): a
     * record through its method, a scalar through its method in {@link SimdJsonBinder}, anything else walked
     * inline; a null {@code node} is a member or element below the first level of the value model
     * ({@link SimdJsonTree#value}).
     */
    private void value(CodeBuilder cob, BindingPlan node, int value) {
        if (node == null) {
            cob.aload(value).aload(1).invokestatic(CD_TREE, "value", MTD_VALUE);
            return;
        }
        switch (node.kind()) {
            case BindingPlan.RECORD -> cob.aload(value).aload(1).invokestatic(GENERATED, recordMethod(node), MTD_VALUE);
            case BindingPlan.STRING, BindingPlan.LONG, BindingPlan.INT, BindingPlan.DOUBLE, BindingPlan.BIG_INTEGER,
                    BindingPlan.BOOLEAN -> {
                loadPlan(cob, node);
                cob.aload(value).aload(1);
                cob.invokestatic(CD_BINDER, node.kind() == BindingPlan.STRING ? "string"
                        : node.kind() == BindingPlan.BOOLEAN ? "bool" : "number", MTD_PLAN_VALUE);
            }
            default -> container(cob, node, value);
        }
    }

    /**
     * Pushes the value of a list, Java array, map or value-model node: if the JSON value is of the node's kind (an
     * array, an object; either for {@code Object}), its walk; else {@link SimdJsonBinder#read} (null, or the refusal)
     * or, for {@code Object}, {@link SimdJsonTree#scalar}.
     */
    private void container(CodeBuilder cob, BindingPlan node, int value) {
        int result = cob.allocateLocal(TypeKind.REFERENCE);
        Label other = cob.newLabel();
        Label done = cob.newLabel();
        int kind = node.kind();
        if (kind == BindingPlan.MAP || kind == BindingPlan.OBJECT || kind == BindingPlan.ANY) {
            Label notObject = cob.newLabel();
            cob.aload(value).invokevirtual(CD_VALUE, "isObject", MTD_BOOLEAN).ifeq(kind == BindingPlan.ANY ? notObject : other);
            members(cob, kind == BindingPlan.MAP ? node.element() : null, value, result);
            cob.goto_(done);
            cob.labelBinding(notObject);
        }
        if (kind != BindingPlan.MAP && kind != BindingPlan.OBJECT) {
            cob.aload(value).invokevirtual(CD_VALUE, "isArray", MTD_BOOLEAN).ifeq(other);
            elements(cob, kind == BindingPlan.ARRAY || kind == BindingPlan.ANY ? null : node.element(), value, result);
            if (kind == BindingPlan.JAVA_ARRAY) {
                loadPlan(cob, node);
                cob.aload(result).invokevirtual(CD_PLAN, "toArray", MethodTypeDesc.of(CD_Object, CD_LIST)).astore(result);
            }
            cob.goto_(done);
        }
        cob.labelBinding(other);
        if (kind == BindingPlan.ANY) {
            cob.aload(value).aload(1).invokestatic(CD_TREE, "scalar", MTD_VALUE);
        } else {
            loadPlan(cob, node);
            cob.aload(value).aload(1).invokestatic(CD_BINDER, "read", MTD_PLAN_VALUE);
        }
        cob.astore(result);
        cob.labelBinding(done);
        cob.aload(result);
    }

    /**
     * Stores into local {@code result} an ArrayList of the elements of the array in local {@code array}, as the
     * generic readList and {@link SimdJsonTree#array} build it; elements of {@code element} (null: the value model).
     */
    private void elements(CodeBuilder cob, BindingPlan element, int array, int result) {
        int item = cob.allocateLocal(TypeKind.REFERENCE);
        cob.new_(CD_ARRAY_LIST).dup().aload(array).invokevirtual(CD_VALUE, "getSize", MTD_SIZE);
        cob.invokespecial(CD_ARRAY_LIST, INIT_NAME, MethodTypeDesc.of(CD_void, CD_int)).astore(result);
        forEach(cob, array, -1, item, next -> {
            value(cob, element, item);
            cob.astore(item); // the value replaces the view
            cob.aload(result).checkcast(CD_ARRAY_LIST).aload(item);
            cob.invokevirtual(CD_ARRAY_LIST, "add", MethodTypeDesc.of(CD_boolean, CD_Object)).pop();
        });
    }

    /**
     * Stores into local {@code result} a LinkedHashMap of the members of the object in local {@code object}, in
     * document order, as the generic readMap and {@link SimdJsonTree#object} build it; values of {@code element}
     * (null: the value model).
     */
    private void members(CodeBuilder cob, BindingPlan element, int object, int result) {
        int member = cob.allocateLocal(TypeKind.REFERENCE);
        int item = cob.allocateLocal(TypeKind.REFERENCE);
        cob.aload(object).invokevirtual(CD_VALUE, "getSize", MTD_SIZE);
        cob.invokestatic(CD_LINKED_HASH_MAP, "newLinkedHashMap", MethodTypeDesc.of(CD_LINKED_HASH_MAP, CD_int));
        cob.astore(result);
        forEach(cob, object, member, item, next -> {
            value(cob, element, item);
            cob.astore(item); // the value replaces the view
            cob.aload(result).checkcast(CD_LINKED_HASH_MAP);
            cob.aload(member).invokeinterface(CD_ENTRY, "getKey", MTD_OBJECT).aload(item);
            cob.invokevirtual(CD_LINKED_HASH_MAP, "put", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object)).pop();
        });
    }

    /**
     * {@code for (view : the array in local container) body}, or with {@code member} a local (not -1),
     * {@code for (member : the object's members) { view = member.getValue(); body }}: the view in local {@code view};
     * {@code body} gets the loop's head, to continue from.
     */
    private static void forEach(CodeBuilder cob, int container, int member, int view, Consumer<Label> body) {
        int iterator = cob.allocateLocal(TypeKind.REFERENCE);
        boolean object = member >= 0;
        cob.aload(container).invokevirtual(CD_VALUE, object ? "objectIterator" : "arrayIterator", MTD_ITERATOR);
        cob.astore(iterator);
        Label next = cob.newLabel();
        Label done = cob.newLabel();
        cob.labelBinding(next);
        cob.aload(iterator).invokeinterface(CD_ITERATOR, "hasNext", MTD_BOOLEAN).ifeq(done);
        cob.aload(iterator).invokeinterface(CD_ITERATOR, "next", MTD_OBJECT);
        if (object) {
            cob.checkcast(CD_ENTRY).astore(member);
            cob.aload(member).invokeinterface(CD_ENTRY, "getValue", MTD_OBJECT);
        }
        cob.checkcast(CD_VALUE).astore(view);
        body.accept(next);
        cob.goto_(next);
        cob.labelBinding(done);
    }

    /**
     * {@code record<n>(v, state)}: if {@code v} is an object, its members into the thread's argument frame, then the
     * record, as {@code SimdJsonBinder.readRecord}; else {@link SimdJsonBinder#read} (null, or the refusal).
     */
    private void record(CodeBuilder cob, BindingPlan record) {
        Label walk = cob.newLabel();
        cob.aload(0).invokevirtual(CD_VALUE, "isObject", MTD_BOOLEAN).ifne(walk);
        loadPlan(cob, record);
        cob.aload(0).aload(1).invokestatic(CD_BINDER, "read", MTD_PLAN_VALUE).areturn();
        cob.labelBinding(walk);

        int frames = cob.allocateLocal(TypeKind.REFERENCE);
        int base = cob.allocateLocal(TypeKind.INT);
        int member = cob.allocateLocal(TypeKind.REFERENCE);
        int value = cob.allocateLocal(TypeKind.REFERENCE);
        cob.aload(1).getfield(CD_STATE, "frames", CD_FRAMES).astore(frames);
        cob.aload(frames).loadConstant(record.size()).invokevirtual(CD_FRAMES, "push", MethodTypeDesc.of(CD_int, CD_int));
        cob.istore(base);
        forEach(cob, 0, member, value, next -> {
            if (record.size() == 0) {
                return;
            }
            loadPlan(cob, record);
            cob.aload(member).invokeinterface(CD_ENTRY, "getKey", MTD_OBJECT).checkcast(CD_String);
            cob.invokevirtual(CD_PLAN, "indexOf", MethodTypeDesc.of(CD_int, CD_String));
            List<SwitchCase> cases = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                cases.add(SwitchCase.of(i, cob.newLabel()));
            }
            cob.tableswitch(0, record.size() - 1, next, cases); // -1, an unknown member: skipped
            for (int i = 0; i < record.size(); i++) {
                cob.labelBinding(cases.get(i).target());
                component(cob, record.component(i), i, frames, base, value);
                if (i < record.size() - 1) {
                    cob.goto_(next);
                }
            }
        });
        int result = cob.allocateLocal(TypeKind.REFERENCE);
        loadPlan(cob, record);
        cob.aload(frames).iload(base).ldc(SimdJsonProvider.NAME).loadConstant(-1L);
        cob.invokevirtual(CD_PLAN, "construct", MethodTypeDesc.of(CD_Object, CD_FRAMES, CD_int, CD_String, CD_long));
        cob.astore(result);
        cob.aload(frames).iload(base).invokevirtual(CD_FRAMES, "pop", MethodTypeDesc.of(CD_void, CD_int));
        cob.aload(result).areturn();
    }

    /** Stores component {@code index}, read from local {@code value}, into its slot: a primitive one unboxed. */
    private void component(CodeBuilder cob, BindingPlan component, int index, int frames, int base, int value) {
        if (!component.nullable()) { // a primitive: LONG, INT, DOUBLE or BOOLEAN
            String binder = switch (component.kind()) {
                case BindingPlan.LONG -> "bindLong";
                case BindingPlan.INT -> "bindInt";
                case BindingPlan.DOUBLE -> "bindDouble";
                default -> "bindBoolean";
            };
            loadPlan(cob, component);
            cob.aload(value).aload(1).iload(base).loadConstant(index).iadd();
            cob.invokestatic(CD_BINDER, binder, MTD_PLAN_SLOT);
            return;
        }
        value(cob, component, value);
        cob.astore(value); // the value replaces the view
        cob.aload(frames).iload(base).loadConstant(index).iadd().aload(value);
        cob.invokevirtual(CD_FRAMES, "setReference", MethodTypeDesc.of(CD_void, CD_int, CD_Object));
    }

    private static ClassDesc desc(Class<?> type) {
        return type.describeConstable().orElseThrow();
    }
}
