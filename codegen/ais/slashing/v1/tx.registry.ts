//@ts-nocheck
import { GeneratedType, Registry } from "@cosmjs/proto-signing";
import { MsgSubmitMisbehaviour, MsgUpdateParams } from "./tx.js";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/ais.slashing.v1.MsgSubmitMisbehaviour", MsgSubmitMisbehaviour], ["/ais.slashing.v1.MsgUpdateParams", MsgUpdateParams]];
export const load = (protoRegistry: Registry) => {
  registry.forEach(([typeUrl, mod]) => {
    protoRegistry.register(typeUrl, mod);
  });
};
export const MessageComposer = {
  encoded: {
    submitMisbehaviour(value: MsgSubmitMisbehaviour) {
      return {
        typeUrl: "/ais.slashing.v1.MsgSubmitMisbehaviour",
        value: MsgSubmitMisbehaviour.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/ais.slashing.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    submitMisbehaviour(value: MsgSubmitMisbehaviour) {
      return {
        typeUrl: "/ais.slashing.v1.MsgSubmitMisbehaviour",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/ais.slashing.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    submitMisbehaviour(value: MsgSubmitMisbehaviour) {
      return {
        typeUrl: "/ais.slashing.v1.MsgSubmitMisbehaviour",
        value: MsgSubmitMisbehaviour.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/ais.slashing.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    submitMisbehaviour(value: any) {
      return {
        typeUrl: "/ais.slashing.v1.MsgSubmitMisbehaviour",
        value: MsgSubmitMisbehaviour.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/ais.slashing.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    submitMisbehaviour(value: MsgSubmitMisbehaviour) {
      return {
        typeUrl: "/ais.slashing.v1.MsgSubmitMisbehaviour",
        value: MsgSubmitMisbehaviour.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/ais.slashing.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};