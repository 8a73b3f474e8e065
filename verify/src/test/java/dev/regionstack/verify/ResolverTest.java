package dev.regionstack.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResolverTest {
    @TempDir Path dir;

    private Value resolve(TestAssembly assembly, String stack, String expression) throws Exception {
        AssemblyModel model = AssemblyModel.load(assembly.write(dir));
        return new Resolver(model).resolve(model.stack(stack).orElseThrow(), new ObjectMapper().readTree(expression));
    }

    @Test
    void pseudoParametersAreTheStacksAccountAndRegion() throws Exception {
        var a = new TestAssembly().stack("s", "222222222222", "cn-north-1", "{\"Resources\": {}}", Map.of());
        assertThat(resolve(a, "s", """
                {"Fn::Join": [":", [{"Ref": "AWS::Partition"}, {"Ref": "AWS::Region"}, {"Ref": "AWS::AccountId"}]]}""").literal())
                .contains("aws-cn:cn-north-1:222222222222");
    }

    @Test
    void importsAndSsmParametersLeadToTheResourceThatHoldsTheValue() throws Exception {
        var a = new TestAssembly()
                .stack("key", """
                        {"Resources": {"Key": {"Type": "AWS::KMS::Key"},
                          "Arn": {"Type": "AWS::SSM::Parameter", "Properties": {"Name": "/k", "Type": "String", "Value": {"Fn::GetAtt": ["Key", "Arn"]}}}},
                         "Outputs": {"O": {"Value": {"Fn::GetAtt": ["Key", "Arn"]}, "Export": {"Name": "key:Arn"}}}}""")
                .stack("use", """
                        {"Parameters": {"P": {"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/k"}}, "Resources": {}}""", "key");
        AssemblyModel model = AssemblyModel.load(a.write(dir));
        Resolver resolver = new Resolver(model);
        StackModel use = model.stack("use").orElseThrow();
        Value viaImport = resolver.resolve(use, new ObjectMapper().readTree("{\"Fn::ImportValue\": \"key:Arn\"}"));
        Value viaParameter = resolver.resolve(use, new ObjectMapper().readTree("{\"Ref\": \"P\"}"));
        assertThat(viaImport).isEqualTo(viaParameter);
        assertThat(viaImport.target().map(Resource::id)).contains("key/Key");
    }

    @Test
    void aJoinedListSplitsBackIntoItsItems() throws Exception {
        var a = new TestAssembly().stack("s", """
                {"Resources": {"A": {"Type": "AWS::EC2::Subnet"}, "B": {"Type": "AWS::EC2::Subnet"}}}""");
        Value second = resolve(a, "s", """
                {"Fn::Select": [1, {"Fn::Split": [",", {"Fn::Join": [",", [{"Ref": "A"}, {"Ref": "B"}]]}]}]}""");
        assertThat(second.target().map(Resource::logicalId)).contains("B");
    }

    @Test
    void subReplacesReferencesAndKeepsEscapes() throws Exception {
        var a = new TestAssembly().stack("s", "{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\"}}}");
        Value v = resolve(a, "s", """
                {"Fn::Sub": ["${AWS::Region}/${T}/${!Literal}/${X}", {"X": "x"}]}""");
        assertThat(v).isInstanceOf(Value.Join.class);
        assertThat(v.render(attr -> "<" + attr.resource().logicalId() + ">")).contains("eu-west-1/<T>/${Literal}/x");
    }
}
